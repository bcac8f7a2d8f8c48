import { EmbedFrame } from '@/components/embed/EmbedFrame';
import { CheckAnswersScreen } from '@/components/wizard/CheckAnswersScreen';
import { parsePreset } from '@/lib/embed/presets';
import { openPage, type PageProps } from '@/lib/i18n/page';

/** The embedded check-your-answers page (the site's screen in mode 'embed', region fixed by the preset). */
export default async function EmbedCheckAnswersPage(props: PageProps) {
  const { locale, query } = await openPage(props);
  const { region } = parsePreset(query.preset);
  return (
    <EmbedFrame locale={locale} searchParams={query} path={`/${locale}/embed/check/answers`} step="answers">
      <CheckAnswersScreen locale={locale} mode="embed" searchParams={query} {...(region ? { fixedRegion: region } : {})} />
    </EmbedFrame>
  );
}
