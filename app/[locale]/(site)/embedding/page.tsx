import { getTranslations } from 'next-intl/server';
import { CopyButton } from '@/components/embed/CopyButton';
import { isLocale, locales, type Locale } from '@/lib/i18n/locales';
import { accentIds, accentSchema, palette } from '@/lib/embed/palette';
import { allowedParentOrigins, embedParam, presetIds, presetIdSchema, presets } from '@/lib/embed/presets';
import { publicOrigin } from '@/lib/embed/public-origin';
import { embedPath, embedSnippet, FALLBACK_HEIGHT, REQUIRED_SANDBOX } from '@/lib/embed/snippet';
import { SiteHeader } from '@/components/site/SiteHeader';
import { openGuidePage, pageMetadata, type GuidePageProps } from '@/components/guide/page';
import { Contact } from '../privacy/statement';
import { languageNames } from '@/components/guide/LanguageLinks';
import { requestNonce } from '@/lib/security/nonce';

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export const generateMetadata = pageMetadata('embed', 'page.metaTitle');

/**
 * "Embed this tool": choose language, preset and colour with a plain GET form (works without
 * JavaScript), see a live preview (our own embed page, framed: its frame-ancestors include 'self')
 * and copy the snippet. Only values from the allowlists are read from the query string.
 */
export default async function EmbeddingPage(props: GuidePageProps) {
  const { locale, query, t } = await openGuidePage(props, 'embed');

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
  // What a reader needs when the frame is refused (an origin not yet allowed): a plain link to the full site.
  const siteName = (await getTranslations({ locale: frameLocale, namespace: 'common' }))('siteName');
  const fallbackLink = `<a href="${escapeHtml(`${origin}/${frameLocale}`)}">${escapeHtml(siteName)}</a>`;
  const code = (chunks: React.ReactNode) => <code className="rounded bg-gray-100 px-1 font-mono text-[0.95em]">{chunks}</code>;

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

            <SelectField
              id="embed-lang"
              name="lang"
              label={t('page.language')}
              hint={t('page.languageHint')}
              value={frameLocale}
              options={locales.map((l) => ({ value: l, label: languageNames[l], lang: l }))}
            />

            <SelectField
              id="embed-preset"
              name="preset"
              label={t('page.preset')}
              hint={t('page.presetHint')}
              value={presetId}
              options={presetIds.map((id) => ({ value: id, label: t(`presets.${id}`) }))}
            />

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
        <ul className="mt-3 list-disc pl-6" data-allowed-origins={presetId}>
          {allowedParentOrigins(preset).map((o) => (
            <li key={o}>
              <code className="font-mono">{o}</code>
            </li>
          ))}
        </ul>

        <section aria-labelledby="allow-title">
          <h3 id="allow-title" className={h3}>
            {t('page.allowTitle')}
          </h3>
          <p className="mt-2 max-w-prose">{t('page.allowList')}</p>
          <p className="mt-2 max-w-prose">{t('page.allowAsk')}</p>
          <div className="mt-2 max-w-prose" data-contact="true">
            <Contact locale={locale} />
          </div>
          <p className="mt-2 max-w-prose">{t.rich('page.allowDeployment', { code })}</p>
        </section>

        <section aria-labelledby="blocked-title">
          <h3 id="blocked-title" className={h3}>
            {t('page.blockedTitle')}
          </h3>
          <p className="mt-2 max-w-prose">{t.rich('page.blockedText', { code })}</p>
          <p className="mt-2 max-w-prose">{t('page.blockedFallback')}</p>
          <p id="fallback-label" className="mt-2 font-semibold">
            {t('page.fallbackLabel')}
          </p>
          <pre className={pre} data-fallback-link="true">
            <code>{fallbackLink}</code>
          </pre>
        </section>

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

/** A labelled select with a hint (GOV.UK pattern), for the GET form. */
function SelectField({
  id,
  name,
  label,
  hint,
  value,
  options,
}: {
  id: string;
  name: string;
  label: string;
  hint: string;
  value: string;
  options: { value: string; label: string; lang?: string }[];
}) {
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <p id={`${id}-hint`} className="hint max-w-prose">
        {hint}
      </p>
      <select id={id} name={name} defaultValue={value} aria-describedby={`${id}-hint`} className="input mt-1 max-w-md">
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
