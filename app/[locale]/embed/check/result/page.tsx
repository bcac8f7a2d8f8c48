import { EmbedFrame } from '@/components/embed/EmbedFrame';
import { ResultScreen } from '@/components/result/ResultScreen';
import { parsePreset } from '@/lib/embed/presets';
import { openPage, type PageProps } from '@/lib/i18n/page';

/** The embedded result, printable from inside the frame (the site's screen in mode 'embed', region fixed by the preset). */
export default async function EmbedResultPage(props: PageProps) {
  const { locale, query } = await openPage(props);
  const { region } = parsePreset(query.preset);
  return (
    <EmbedFrame locale={locale} searchParams={query} path={`/${locale}/embed/check/result`} step="result" print>
      <ResultScreen locale={locale} mode="embed" searchParams={query} {...(region ? { fixedRegion: region } : {})} />
    </EmbedFrame>
  );
}
