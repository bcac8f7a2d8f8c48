/**
 * Embedding presets: a server-side allowlist, reviewed like code (docs/EMBEDDING.md).
 *
 * A preset is chosen with `?preset=<id>` on the embed URL. It selects
 *  - which parent origins may frame the tool (CSP `frame-ancestors`, built by proxy.ts with
 *    `frameAncestorsFor`) and receive its postMessage events (`embedTargetOrigin`);
 *  - an optional fixed region (the workplace question is then skipped);
 *  - an optional accent colour from the contrast-checked palette (`?preset=<id>_<accent>` overrides it).
 *
 * The query string only ever selects a preset id (and an accent key). It can never inject a colour,
 * an origin, HTML or a URL: anything unknown is the `default` preset, never an error page.
 *
 * Server-only in practice (reads EMBED_EXTRA_ORIGINS); the child frame gets the resolved list as props.
 */
import { z } from 'zod';
import type { AuthorityId } from '@/lib/rules/types';
import { type AccentId, accentSchema, defaultAccent } from './palette';
import { asOrigin, chooseTargetOrigin } from './origin';

export const presetIds = ['default', 'flanders', 'brussels', 'wallonia', 'german-speaking-community'] as const;
export type PresetId = (typeof presetIds)[number];

export interface Preset {
  readonly id: PresetId;
  /** Reviewer-facing name (the UI uses the localized `embed.presets.<id>` message). */
  readonly name: string;
  /** Origins that may frame the tool with this preset, besides our own and EMBED_EXTRA_ORIGINS. */
  readonly origins: readonly string[];
  /** The workplace region, fixed: the workplace question is skipped. */
  readonly region?: AuthorityId;
  /** Default accent colour (a palette key). */
  readonly accent?: AccentId;
}

/*
 * The origins, per competent authority (each is the regional government's site, plus the public
 * employment service that runs the vacancy publication our labour-market-test checks refer to):
 *  - Flanders: Flemish government (Department of Work and Social Economy pages) and VDAB.
 *  - Brussels: Brussels Economy and Employment under its three language domains, and Actiris.
 *  - Wallonia: SPW Economy, Employment, Research (emploi.wallonie.be), the Walloon portal, and Le Forem.
 *  - German-speaking Community: Ostbelgien Live (the Ministry's portal) and the ADG (Arbeitsamt).
 * The neutral preset covers all four regions, so it may be framed by any of them and by the federal
 * services that send employers on to the regions: FPS Employment (three language domains) and the
 * Immigration Office (residence part of the single permit).
 */
const FLANDERS = ['https://www.vlaanderen.be', 'https://www.vdab.be'] as const;
const BRUSSELS = [
  'https://economy-employment.brussels',
  'https://economie-emploi.brussels',
  'https://economie-werk.brussels',
  'https://www.actiris.brussels',
] as const;
const WALLONIA = ['https://emploi.wallonie.be', 'https://www.wallonie.be', 'https://www.leforem.be'] as const;
const GERMAN_SPEAKING = ['https://ostbelgienlive.be', 'https://www.adg.be'] as const;
const FEDERAL = [
  'https://emploi.belgique.be',
  'https://werk.belgie.be',
  'https://employment.belgium.be',
  'https://dofi.ibz.be',
] as const;

export const presets: Readonly<Record<PresetId, Preset>> = {
  default: {
    id: 'default',
    name: 'Neutral (all regions)',
    origins: [...FLANDERS, ...BRUSSELS, ...WALLONIA, ...GERMAN_SPEAKING, ...FEDERAL],
  },
  flanders: { id: 'flanders', name: 'Flanders', origins: FLANDERS, region: 'flanders', accent: 'anthracite' },
  brussels: { id: 'brussels', name: 'Brussels-Capital Region', origins: BRUSSELS, region: 'brussels', accent: 'navy' },
  wallonia: { id: 'wallonia', name: 'Wallonia', origins: WALLONIA, region: 'wallonia', accent: 'red' },
  'german-speaking-community': {
    id: 'german-speaking-community',
    name: 'German-speaking Community',
    origins: GERMAN_SPEAKING,
    region: 'german-speaking-community',
    accent: 'green',
  },
};

export const presetIdSchema = z.enum(presetIds);

/** Next's searchParams values are string | string[] | undefined; URLSearchParams.get takes the first. */
function first(param: unknown): unknown {
  return Array.isArray(param) ? param[0] : param;
}

/**
 * The `preset` query parameter: `<preset id>` or `<preset id>_<accent key>` (e.g. `wallonia`,
 * `wallonia_teal`). One opaque token, so the wizard carries the whole embed configuration through
 * every step with its `preset` parameter (lib/flow/url.ts). Nothing else is accepted.
 */
const embedParamSchema = z
  .string()
  .max(64)
  .transform((value, ctx) => {
    const at = value.lastIndexOf('_');
    const id = presetIdSchema.safeParse(at < 0 ? value : value.slice(0, at));
    const accent = at < 0 ? null : accentSchema.safeParse(value.slice(at + 1));
    if (!id.success || (accent && !accent.success)) {
      ctx.addIssue({ code: 'custom', message: 'unknown preset' });
      return z.NEVER;
    }
    return { id: id.data, accent: accent?.data };
  });

export interface EmbedConfig {
  preset: Preset;
  accent: AccentId;
  /** The canonical `preset` parameter for this configuration ('' for the plain default). */
  param: string;
}

/** The canonical `preset` parameter: the accent is left out when it is the preset's own. */
export function embedParam(id: PresetId, accent?: AccentId): string {
  const own = presets[id].accent ?? defaultAccent;
  const token = accent && accent !== own ? `${id}_${accent}` : id;
  return token === 'default' ? '' : token;
}

/**
 * The embed configuration named by the `preset` query parameter. Anything else (missing, unknown,
 * malformed, an unknown accent) is the `default` preset with the site's accent: never an error.
 */
export function parseEmbedConfig(param: unknown): EmbedConfig {
  const parsed = embedParamSchema.safeParse(first(param));
  const id: PresetId = parsed.success ? parsed.data.id : 'default';
  const preset = presets[id];
  const accent = (parsed.success ? parsed.data.accent : undefined) ?? preset.accent ?? defaultAccent;
  return { preset, accent, param: embedParam(id, accent) };
}

/** The preset named by a query parameter; anything else (missing, unknown, malformed) is `default`. */
export function parsePreset(param: unknown): Preset {
  return parseEmbedConfig(param).preset;
}

let extraCache: { raw: string | undefined; origins: readonly string[] } | null = null;

/**
 * EMBED_EXTRA_ORIGINS: comma-separated http(s) origins added to every preset, for a deployment
 * (e.g. a staging site of a region) and for the tests' host harness (http://127.0.0.1:<port>).
 * Entries that are not exactly an origin are ignored (with a warning), so the variable can never
 * add a wildcard, a keyword or a second directive to the CSP.
 */
export function extraOrigins(raw: string | undefined = process.env.EMBED_EXTRA_ORIGINS): readonly string[] {
  if (extraCache && extraCache.raw === raw) return extraCache.origins;
  const origins: string[] = [];
  for (const entry of (raw ?? '').split(',')) {
    const trimmed = entry.trim();
    if (trimmed === '') continue;
    const origin = asOrigin(trimmed);
    if (origin) {
      if (!origins.includes(origin)) origins.push(origin);
    } else {
      console.warn(`EMBED_EXTRA_ORIGINS: ignored ${JSON.stringify(trimmed)} (not an http(s) origin)`);
    }
  }
  extraCache = { raw, origins };
  return origins;
}

/** The parent origins allowed for a preset (without our own origin). */
export function allowedParentOrigins(preset: Preset | string | null): readonly string[] {
  const p = typeof preset === 'object' && preset !== null ? preset : parsePreset(preset);
  return [...new Set([...p.origins, ...extraOrigins()])];
}

/**
 * The CSP `frame-ancestors` sources for an embed page: always 'self' (the "Embed this tool" page
 * previews the frame), then the preset's origins and EMBED_EXTRA_ORIGINS.
 * proxy.ts joins them: `frame-ancestors ${frameAncestorsFor(preset).join(' ')}`.
 */
export function frameAncestorsFor(preset: string | null): string[] {
  return ["'self'", ...allowedParentOrigins(preset)];
}

/**
 * The postMessage target origin: the referrer's origin when it is on the preset's allowlist,
 * else the single allowed origin when the preset has exactly one, else null (post nothing).
 * Never '*'. The child frame applies the same rule (lib/embed/origin.ts) with the list it gets as
 * props plus its own origin (for the preview on our own site).
 */
export function embedTargetOrigin(preset: Preset | string | null, referrerOrigin?: string | null): string | null {
  return chooseTargetOrigin(allowedParentOrigins(preset), referrerOrigin);
}

