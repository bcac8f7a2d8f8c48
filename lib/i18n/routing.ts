import { defineRouting } from 'next-intl/routing';
import { defaultLocale, locales } from './locales';

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // The URL is the only source of the locale: no cookie (embedded frames block them, and we set none).
  localeCookie: false,
});
