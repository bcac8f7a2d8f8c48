import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { EmbedFrame } from '@/components/embed/EmbedFrame';
import { ResultScreen } from '@/components/wizard/ResultScreen';
import { parsePreset } from '@/lib/embed/presets';
import { isLocale } from '@/lib/i18n/locales';

/** The embedded result, printable from inside the frame (the site's screen in mode 'embed', region fixed by the preset). */
export default async function EmbedResultPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const { region } = parsePreset(query.preset);
  return (
    <EmbedFrame locale={locale} searchParams={query} path={`/${locale}/embed/check/result`} step="result" print>
      <ResultScreen locale={locale} mode="embed" searchParams={query} {...(region ? { fixedRegion: region } : {})} />
    </EmbedFrame>
  );
}
