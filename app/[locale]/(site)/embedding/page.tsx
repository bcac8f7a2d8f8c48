import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CopyButton } from '@/components/embed/CopyButton';
import { isLocale, locales, type Locale } from '@/lib/i18n/locales';
import { accentIds, accentSchema, palette } from '@/lib/embed/palette';
import { allowedParentOrigins, embedParam, presetIds, presetIdSchema, presets } from '@/lib/embed/presets';
import { publicOrigin } from '@/lib/embed/public-origin';
import { embedPath, embedSnippet, FALLBACK_HEIGHT, REQUIRED_SANDBOX } from '@/lib/embed/snippet';
import { SiteHeader } from '@/components/site/SiteHeader';
import { requestNonce } from '@/lib/security/nonce';

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> };

const languageNames: Record<Locale, string> = { nl: 'Nederlands', fr: 'Français', de: 'Deutsch', en: 'English' };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'embed' });
  const common = await getTranslations({ locale, namespace: 'common' });
  return { title: `${t('page.metaTitle')} – ${common('siteName')}` };
}

/**
 * "Embed this tool": choose language, preset and colour with a plain GET form (works without
 * JavaScript), see a live preview (our own embed page, framed: its frame-ancestors include 'self')
 * and copy the snippet. Only values from the allowlists are read from the query string.
 */
export default async function EmbeddingPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: 'embed' });

  const lang = first(query.lang);
  const frameLocale: Locale = isLocale(lang) ? lang : locale;
  const presetId = presetIdSchema.catch('default').parse(first(query.preset));
  const preset = presets[presetId];
  const chosenAccent = accentSchema.optional().catch(undefined).parse(first(query.accent) || undefined);
  const presetAccent = preset.accent ?? 'blue';
  const param = embedParam(presetId, chosenAccent);

  const tFrame = await getTranslations({ locale: frameLocale, namespace: 'embed' });
  const frameTitle = tFrame('frame.title');
  const origin = await publicOrigin();
  const snippet = embedSnippet({ origin, locale: frameLocale, param, title: frameTitle });
  const code = (chunks: React.ReactNode) => <code className="rounded bg-gray-100 px-1 font-mono text-[0.95em]">{chunks}</code>;

  const field = 'input mt-1 max-w-md';
  const h2 = 'mt-10 text-2xl font-bold';
  const h3 = 'mt-6 text-xl font-bold';
  const pre = 'mt-2 whitespace-pre-wrap break-all rounded border border-gray-300 bg-gray-50 p-3 font-mono text-sm';

  return (
    <>
      <SiteHeader locale={locale} path={`/${locale}/embedding`} search={query} />
      <main id="main-content" className="mx-auto max-w-4xl px-4 py-8">
        <h1 className="text-3xl font-bold">{t('page.title')}</h1>
        <p className="mt-4 max-w-prose text-lg">{t('page.intro')}</p>
        <p className="mt-3 max-w-prose">{t('page.privacy')}</p>

        <form method="get" action={`/${locale}/embedding`} className="mt-8">
          <fieldset className="space-y-6">
            <legend className="text-2xl font-bold">{t('page.settings')}</legend>

            <div>
              <label htmlFor="embed-lang" className="block font-semibold">
                {t('page.language')}
              </label>
              <p id="embed-lang-hint" className="hint">
                {t('page.languageHint')}
              </p>
              <select id="embed-lang" name="lang" defaultValue={frameLocale} aria-describedby="embed-lang-hint" className={field}>
                {locales.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {languageNames[l]}
                  </option>
                ))}
              </select>
            </div>

            <div>
              <label htmlFor="embed-preset" className="block font-semibold">
                {t('page.preset')}
              </label>
              <p id="embed-preset-hint" className="hint max-w-prose">
                {t('page.presetHint')}
              </p>
              <select id="embed-preset" name="preset" defaultValue={presetId} aria-describedby="embed-preset-hint" className={field}>
                {presetIds.map((id) => (
                  <option key={id} value={id}>
                    {t(`presets.${id}`)}
                  </option>
                ))}
              </select>
            </div>

            <fieldset aria-describedby="embed-accent-hint">
              <legend className="font-semibold">{t('page.accent')}</legend>
              <p id="embed-accent-hint" className="hint max-w-prose">
                {t('page.accentHint')}
              </p>
              <div className="mt-2 grid gap-2 sm:grid-cols-2">
                {(['', ...accentIds] as const).map((id) => {
                  const colour = palette[id === '' ? presetAccent : id];
                  return (
                    <label key={id || 'preset'} className="flex min-h-11 cursor-pointer items-center gap-3 rounded border border-[var(--color-line)] px-3 py-2 has-[:checked]:border-[var(--color-ink)] has-[:checked]:outline-2 has-[:checked]:outline-[var(--color-ink)]">
                      <input
                        type="radio"
                        name="accent"
                        value={id}
                        defaultChecked={(chosenAccent ?? '') === id}
                        className="h-6 w-6 flex-none accent-[var(--color-ink)]"
                      />
                      <span aria-hidden="true" className="inline-block h-6 w-6 rounded-full border border-gray-400" style={{ backgroundColor: colour }} />
                      <span>{id === '' ? t('page.accentOfPreset', { colour: t(`accents.${presetAccent}`) }) : t(`accents.${id}`)}</span>
                    </label>
                  );
                })}
              </div>
            </fieldset>
          </fieldset>
          <button type="submit" className="btn mt-6">
            {t('page.update')}
          </button>
        </form>

        <h2 className={h2}>{t('page.previewTitle')}</h2>
        <p className="mt-2">{t('page.previewHint')}</p>
        <div className="mt-4 rounded border-2 border-dashed border-gray-400 p-2">
          <iframe
            src={embedPath(frameLocale, param)}
            title={frameTitle}
            data-bwpc=""
            referrerPolicy="strict-origin"
            width="100%"
            height={FALLBACK_HEIGHT}
            style={{ border: 0 }}
          />
        </div>

        <h2 className={h2}>{t('page.codeTitle')}</h2>
        <p className="mt-2 max-w-prose">{t('page.codeHint', { height: FALLBACK_HEIGHT })}</p>
        <label htmlFor="embed-code" className="mt-4 block font-semibold">
          {t('page.codeLabel')}
        </label>
        <textarea
          id="embed-code"
          readOnly
          rows={5}
          spellCheck={false}
          value={snippet}
          className="input mt-1 font-mono text-sm"
        />
        <CopyButton targetId="embed-code" label={t('page.copy')} copied={t('page.copied')} failed={t('page.copyFailed')} />

        <h2 className={h2}>{t('page.originsTitle')}</h2>
        <p className="mt-2 max-w-prose">{t('page.originsIntro')}</p>
        <ul className="mt-3 list-disc pl-6">
          {allowedParentOrigins(preset).map((o) => (
            <li key={o}>
              <code className="font-mono">{o}</code>
            </li>
          ))}
        </ul>

        <h2 className={h2}>{t('page.requirementsTitle')}</h2>
        <h3 className={h3}>{t('page.sandboxTitle')}</h3>
        <p className="mt-2 max-w-prose">{t.rich('page.sandboxText', { code })}</p>
        <pre className={pre}>
          <code>{`sandbox="${REQUIRED_SANDBOX}"`}</code>
        </pre>
        <p className="mt-2 max-w-prose">{t.rich('page.sandboxWhy', { code })}</p>

        <h3 className={h3}>{t('page.cspTitle')}</h3>
        <p className="mt-2 max-w-prose">{t('page.cspText')}</p>
        <pre className={pre}>
          <code>{`frame-src ${origin}\nscript-src ${origin}`}</code>
        </pre>

        <h3 className={h3}>{t('page.behaviourTitle')}</h3>
        <p className="mt-2 max-w-prose">{t('page.behaviourText')}</p>

        {/* The preview's parent script, under this request's CSP nonce (no 'unsafe-inline'). */}
        <script src="/embed.js" async nonce={await requestNonce()} />
      </main>
    </>
  );
}
