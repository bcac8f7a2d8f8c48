/** Applies the rate limit to one request: a 429 response, or the headers to add to the real one. */
import type { Locale } from '@/lib/i18n/locales';
import { apiError } from './http';
import { checkRateLimit, rateLimitHeaders } from './rate-limit';

export function applyRateLimit(request: Request, locale: Locale): { refused: Response } | { headers: Record<string, string> } {
  const decision = checkRateLimit(request);
  if (!decision) return { headers: {} };
  const headers = rateLimitHeaders(decision);
  if (decision.allowed) return { headers };
  return {
    refused: apiError('rate_limited', locale, { seconds: decision.resetSeconds }, {
      ...headers,
      'Retry-After': String(decision.resetSeconds),
    }),
  };
}
