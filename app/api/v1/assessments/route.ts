/**
 * POST /api/v1/assessments?locale=en — evaluates one set of answers (api-contract.md).
 * 200 assessment | 400 malformed_json | 413 payload_too_large | 415 unsupported_media_type
 * | 422 invalid_answers | 429 rate_limited (only when API_RATE_LIMIT_PER_MINUTE is set).
 * Bodies and query strings are never logged.
 */
import { assess, parseAnswers, todayInBrussels } from '@/lib/rules';
import { MAX_BODY_BYTES, readJsonBody } from '@/lib/server/body';
import { apiError, guard, jsonResponse, otherMethods, safeLocale } from '@/lib/server/http';
import { applyRateLimit } from '@/lib/server/limit';

export const dynamic = 'force-dynamic';

const ALLOW = ['POST', 'OPTIONS'] as const;

export const POST = guard('POST /api/v1/assessments', async (request) => {
  const locale = safeLocale(request);
  const limited = applyRateLimit(request, locale);
  if ('refused' in limited) return limited.refused;
  const extra = limited.headers;

  const body = await readJsonBody(request);
  if (!body.ok) {
    return apiError(body.error, locale, body.error === 'payload_too_large' ? { limit: MAX_BODY_BYTES } : undefined, extra);
  }
  const parsed = parseAnswers(body.value, locale);
  if (!parsed.ok) {
    return jsonResponse({ error: 'invalid_answers', issues: parsed.issues }, { status: 422, locale, headers: extra });
  }
  const asOf = parsed.answers.asOf ?? todayInBrussels();
  return jsonResponse(assess(parsed.answers, locale, asOf), { locale, headers: extra });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods(ALLOW);
