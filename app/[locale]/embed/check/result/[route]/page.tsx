import { EmbedFrame } from '@/components/embed/EmbedFrame';
import { RouteScreen } from '@/components/result/RouteScreen';
import { parsePreset } from '@/lib/embed/presets';
import { openPage, type PageProps } from '@/lib/i18n/page';

/** One route of an embedded result in full (the site's route page in mode 'embed'). */
export default async function EmbedResultRoutePage(props: PageProps<{ locale: string; route: string }>) {
  const { locale, params: { route }, query } = await openPage(props);
  const { region } = parsePreset(query.preset);
  return (
    <EmbedFrame locale={locale} searchParams={query} path={`/${locale}/embed/check/result/${encodeURIComponent(route)}`} step="result" print>
      <RouteScreen locale={locale} mode="embed" route={route} searchParams={query} {...(region ? { fixedRegion: region } : {})} />
    </EmbedFrame>
  );
}
