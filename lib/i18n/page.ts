/**
 * What every page under /{locale} does first: check the locale of the address (any other first
 * segment is a 404), fix it for next-intl's server functions, and read the query string (where the
 * answers, `?asOf=` and `?preset=` live).
 *
 *   export default async function SomePage(props: PageProps) {
 *     const { locale, query } = await openPage(props);
 */
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale, type Locale } from './locales';

export type SearchParams = Record<string, string | string[] | undefined>;
export type PageProps<P extends { locale: string } = { locale: string }> = { params: Promise<P>; searchParams: Promise<SearchParams> };

export async function openPage<P extends { locale: string }>({ params, searchParams }: PageProps<P>) {
  const path = await params;
  if (!isLocale(path.locale)) notFound();
  const locale: Locale = path.locale;
  setRequestLocale(locale);
  return { locale, params: path, query: await searchParams };
}
