import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { EmbedFrame } from '@/components/embed/EmbedFrame';
import { StartScreen } from '@/components/wizard/StartScreen';
import { parsePreset } from '@/lib/embed/presets';
import { isLocale } from '@/lib/i18n/locales';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The embedded start page: the site's start screen in mode 'embed'; a preset with a region starts at the nationality. */
export default async function EmbedStartPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const { region } = parsePreset(query.preset);
  return (
    <EmbedFrame locale={locale} searchParams={query} path={`/${locale}/embed`} step="start">
      <StartScreen locale={locale} mode="embed" searchParams={query} firstStep={region ? 'nationality' : 'workplace'} />
    </EmbedFrame>
  );
}
