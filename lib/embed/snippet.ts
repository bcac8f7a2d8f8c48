/**
 * The embed URL, the copy-paste snippet and the embed ↔ full-site link mapping. Client-safe.
 */
import type { Locale } from '@/lib/i18n/locales';

/** Height of the frame before (or without) embed.js: it scrolls on its own. */
export const FALLBACK_HEIGHT = 800;

/** The only sandbox value that keeps the tool working (docs/EMBEDDING.md explains each token). */
export const REQUIRED_SANDBOX =
  'allow-scripts allow-forms allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-modals';

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Path of the embedded tool: /{locale}/embed[?preset=…]. `param` comes from embedParam(). */
export function embedPath(locale: Locale, param: string): string {
  return `/${locale}/embed${param ? `?preset=${encodeURIComponent(param)}` : ''}`;
}

export interface SnippetOptions {
  /** Our public origin, e.g. https://work-permit-check.example.be (validated by the caller). */
  origin: string;
  locale: Locale;
  /** The canonical preset parameter (embedParam()). */
  param: string;
  /** The frame's accessible name, in the frame's language (embed.frame.title). */
  title: string;
}

/**
 * The HTML to paste: the frame (fixed height and own scrollbar without script; lazy; its origin
 * only as Referer, which tells the frame which allowed site it is on) and the optional script.
 */
export function embedSnippet({ origin, locale, param, title }: SnippetOptions): string {
  const src = `${origin}${embedPath(locale, param)}`;
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" data-bwpc loading="lazy"`,
    `  referrerpolicy="strict-origin" width="100%" height="${FALLBACK_HEIGHT}" style="border:0"></iframe>`,
    `<script src="${escapeAttribute(`${origin}/embed.js`)}" async></script>`,
  ].join('\n');
}

const EMBED_PREFIX = /^\/(nl|fr|de|en)\/embed(?=\/|$)/;

/**
 * The full site's URL of an embed page: the same step with the same query string (answers and
 * preset). /{locale}/embed → /{locale}; /{locale}/embed/check/salary?… → /{locale}/check/salary?…
 */
export function siteHref(embedPathname: string, search: string): string {
  const path = embedPathname.replace(EMBED_PREFIX, '/$1');
  const query = search && !search.startsWith('?') ? `?${search}` : search;
  return `${path}${query}`;
}
