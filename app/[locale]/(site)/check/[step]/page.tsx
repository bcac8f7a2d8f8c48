import type { Metadata } from 'next';
import { SiteHeader } from '@/components/site/SiteHeader';
import { StepScreen } from '@/components/wizard/StepScreen';
import { openPage, type PageProps } from '@/lib/i18n/page';

// The title is rendered with the form (it gets "Error:" when the answer has a problem).
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function StepPage(props: PageProps<{ locale: string; step: string }>) {
  const { locale, params: { step }, query } = await openPage(props);
  return (
    <>
      <SiteHeader locale={locale} path={`/${locale}/check/${encodeURIComponent(step)}`} search={query} />
      <StepScreen locale={locale} mode="site" step={step} searchParams={query} />
    </>
  );
}
