/**
 * GET /api/v1/rules?asOf=YYYY-MM-DD&locale=en — the parameters in force on that date, per authority.
 * Deterministic per (rules version, asOf, locale), so it is cacheable and carries an ETag.
 * No asOf = today in Europe/Brussels (cached briefly, since "today" moves).
 * A malformed or impossible asOf, or one outside the period the rules data covers (the same range
 * as the answers' asOf: asOfMin..asOfMax) → 400 { error: "invalid_as_of", message }.
 */
import { asOfMax, asOfMin, isIsoDate, rulesOn, todayInBrussels } from '@/lib/rules';
import { apiError, guard, jsonResponse, otherMethods, safeLocale } from '@/lib/server/http';
import { applyRateLimit } from '@/lib/server/limit';

export const dynamic = 'force-dynamic';

const ALLOW = ['GET', 'HEAD', 'OPTIONS'] as const;
const CACHE_DATED = 'public, max-age=3600, stale-while-revalidate=86400';
const CACHE_TODAY = 'public, max-age=300';

export const GET = guard('GET /api/v1/rules', async (request) => {
  const locale = safeLocale(request);
  const limited = applyRateLimit(request, locale);
  if ('refused' in limited) return limited.refused;

  const requested = new URL(request.url).searchParams.get('asOf');
  let asOf: string;
  if (requested === null) {
    asOf = todayInBrussels();
  } else if (isIsoDate(requested) && requested >= asOfMin && requested <= asOfMax) {
    asOf = requested;
  } else {
    return apiError('invalid_as_of', locale, { min: asOfMin, max: asOfMax }, limited.headers);
  }

  const document = rulesOn(asOf, locale);
  const etag = `W/"${document.rulesVersion}.${asOf}.${locale}"`;
  const cacheControl = requested === null ? CACHE_TODAY : CACHE_DATED;
  const headers = { ...limited.headers, ETag: etag, Vary: 'Accept-Encoding' };
  if (matches(request.headers.get('if-none-match'), etag)) {
    return new Response(null, { status: 304, headers: { ...headers, 'Cache-Control': cacheControl, 'Content-Language': locale } });
  }
  return jsonResponse(document, { locale, cacheControl, headers });
});

function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || weak(tag) === weak(etag));
}

export const { POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods(ALLOW);
