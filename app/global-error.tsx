'use client';

import { fill, localeOfPath, locales, serverErrorTexts } from '@/lib/security/error-messages';
import { useParams, usePathname } from 'next/navigation';
import './globals.css';

/**
 * The last-resort 500 page, when the root layout itself fails. It renders its own document.
 * The language comes from the URL when it can be read; otherwise the page says it in all four.
 * No error message and no stack trace is shown, only the digest as a reference.
 */
export default function GlobalError({ error }: { error: unknown; retry: () => void }) {
  const params = useParams<{ locale?: string }>();
  const pathname = usePathname();
  const locale = localeOfPath(params?.locale ? `/${params.locale}` : pathname);
  const shown = locale ? [locale] : [...locales];
  const digest =
    typeof error === 'object' && error !== null && 'digest' in error && typeof error.digest === 'string' && /^[\w-]{1,64}$/.test(error.digest)
      ? error.digest
      : null;
  return (
    <html lang={locale ?? 'en'}>
      <body className="font-sans">
        <title>{serverErrorTexts(locale ?? 'en').title}</title>
        <main id="main-content" className="mx-auto max-w-3xl px-4 py-10">
          {shown.map((l) => {
            const t = serverErrorTexts(l);
            return (
              <section key={l} lang={l} className="mb-10">
                <h1 className="mb-6 text-3xl font-bold">{t.heading}</h1>
                <p className="mb-4">{t.body}</p>
                <p className="mb-4">
                  <a className="link" href={`/${l}`}>
                    {t.start}
                  </a>
                </p>
                {digest ? <p className="text-sm text-muted">{fill(t.reference, { digest })}</p> : null}
              </section>
            );
          })}
        </main>
      </body>
    </html>
  );
}
