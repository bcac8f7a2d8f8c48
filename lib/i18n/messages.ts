import type { Locale } from './locales';

/**
 * Message catalogues live in messages/{locale}/{namespace}.json, one file per namespace,
 * so that each part of the product owns its own texts. Add a namespace here when you add a file.
 */
export const namespaces = ['common', 'rules', 'validation', 'wizard', 'embed', 'pages', 'errors', 'guide'] as const;
export type Namespace = (typeof namespaces)[number];

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  const entries = await Promise.all(
    namespaces.map(async (ns) => [ns, (await import(`../../messages/${locale}/${ns}.json`)).default] as const),
  );
  return Object.fromEntries(entries);
}
