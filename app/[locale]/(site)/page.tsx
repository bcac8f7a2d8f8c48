import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/locales';
import { StartScreen } from '@/components/wizard/StartScreen';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'wizard.start' });
  const tc = await getTranslations({ locale, namespace: 'common' });
  return { title: `${t('title')} – ${tc('siteName')}`, description: t('lead') };
}

/** The start page. Static: it reads no answers (the Start button begins a new check). */
export default async function StartPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <StartScreen locale={locale} mode="site" />;
}
