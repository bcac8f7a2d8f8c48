import { EmbedFrame } from '@/components/embed/EmbedFrame';
import { StepScreen } from '@/components/wizard/StepScreen';
import { parsePreset } from '@/lib/embed/presets';
import { openPage, type PageProps } from '@/lib/i18n/page';

/** A question of the wizard, embedded: the site's step screen in mode 'embed', region fixed by the preset. */
export default async function EmbedStepPage(props: PageProps<{ locale: string; step: string }>) {
  // An unknown step is redirected to the current question by StepScreen (notFound() of a dynamic
  // page renders nothing without JavaScript in Next.js 16).
  const { locale, params: { step }, query } = await openPage(props);
  const { region } = parsePreset(query.preset);
  return (
    <EmbedFrame locale={locale} searchParams={query} path={`/${locale}/embed/check/${step}`} step={step}>
      <StepScreen locale={locale} mode="embed" step={step} searchParams={query} {...(region ? { fixedRegion: region } : {})} />
    </EmbedFrame>
  );
}
