import type { ReactNode } from 'react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale } from '@/lib/i18n/locales';
import './embed.css';

/** Embedded pages are for frames on other sites: not for search engines (the full site is). */
export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * Layout of /{locale}/embed/**: no site header or footer. Each page wraps its content in
 * components/embed/EmbedFrame (link to the full site, accent colour, resize reporter).
 */
export default async function EmbedLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return children;
}
