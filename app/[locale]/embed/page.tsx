import { EmbedFrame } from '@/components/embed/EmbedFrame';
import { StartScreen } from '@/components/wizard/StartScreen';
import { parsePreset } from '@/lib/embed/presets';
import { openPage, type PageProps } from '@/lib/i18n/page';

/** The embedded start page: the site's start screen in mode 'embed'; a preset with a region starts at the nationality. */
export default async function EmbedStartPage(props: PageProps) {
  const { locale, query } = await openPage(props);
  const { region } = parsePreset(query.preset);
  return (
    <EmbedFrame locale={locale} searchParams={query} path={`/${locale}/embed`} step="start">
      <StartScreen locale={locale} mode="embed" searchParams={query} firstStep={region ? 'nationality' : 'workplace'} />
    </EmbedFrame>
  );
}
