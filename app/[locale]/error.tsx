'use client';

import { useParams } from 'next/navigation';
import { fill, serverErrorTexts } from '@/lib/security/error-messages';

/**
 * The 500 page of a locale (any error while rendering a page below /{locale}). It shows no error
 * message and no stack trace: in production Next.js sends the browser only a digest, which we show
 * as a reference that matches the server's log line.
 */
export default function LocaleError({ error, retry }: { error: unknown; retry: () => void }) {
  const params = useParams<{ locale?: string }>();
  const locale = params?.locale ?? 'en';
  const t = serverErrorTexts(locale);
  const digest =
    typeof error === 'object' && error !== null && 'digest' in error && typeof error.digest === 'string' && /^[\w-]{1,64}$/.test(error.digest)
      ? error.digest
      : null;
  return (
    <main id="main-content" className="mx-auto max-w-3xl px-4 py-10">
      <title>{t.title}</title>
      <h1 className="mb-6 text-3xl font-bold">{t.heading}</h1>
      <p className="mb-4">{t.body}</p>
      <p className="mb-6">{t.answersKept}</p>
      <p className="mb-6 flex flex-wrap items-center gap-6">
        <button
          type="button"
          onClick={() => retry()}
          className="btn"
        >
          {t.retry}
        </button>
        <a className="link" href={`/${locale}`}>
          {t.start}
        </a>
      </p>
      {digest ? <p className="text-sm text-muted">{fill(t.reference, { digest })}</p> : null}
    </main>
  );
}
