import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { EmbedFrame } from '@/components/embed/EmbedFrame';
import { StepScreen } from '@/components/wizard/StepScreen';
import { parsePreset } from '@/lib/embed/presets';
import { isLocale } from '@/lib/i18n/locales';

/** A question of the wizard, embedded: the site's step screen in mode 'embed', region fixed by the preset. */
export default async function EmbedStepPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; step: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, step } = await params;
  // An unknown step is redirected to the current question by StepScreen (notFound() of a dynamic
  // page renders nothing without JavaScript in Next.js 16).
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const { region } = parsePreset(query.preset);
  return (
    <EmbedFrame locale={locale} searchParams={query} path={`/${locale}/embed/check/${step}`} step={step}>
      <StepScreen locale={locale} mode="embed" step={step} searchParams={query} {...(region ? { fixedRegion: region } : {})} />
    </EmbedFrame>
  );
}
