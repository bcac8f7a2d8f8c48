/**
 * Per-client fixed-window rate limit of the public API.
 *
 * API_RATE_LIMIT_PER_MINUTE: requests per client per 60 s window; unset, 0 or invalid = off
 * (the default, and what the tests use). A client's window opens with its first request and
 * lasts 60 s; the request past the limit gets 429 with Retry-After (seconds to the window's end).
 *
 * Client identity (only an address, never stored beyond its window): the X-Client-Address header
 * that the production server (scripts/serve.mjs) sets on every request, replacing whatever the
 * client sent: the socket's address, or the address the trusted proxies saw (TRUST_PROXY hops of
 * X-Forwarded-For from the right, or X-Real-IP with TRUST_X_REAL_IP=1; scripts/serve/policy.mjs).
 * Nothing a client writes in X-Forwarded-For or X-Real-IP decides its key. Without that server
 * (`next dev`) every client shares one key, "anonymous".
 *
 * Memory is bounded: expired windows are swept, and past MAX_CLIENTS the oldest window is dropped.
 * The state lives on globalThis so that every route bundle of the server shares one limiter.
 */

export const WINDOW_MS = 60_000;
export const MAX_CLIENTS = 50_000;

export interface Decision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** Seconds until the client's window ends (≥ 1). */
  resetSeconds: number;
}

interface Window {
  start: number;
  count: number;
}

export class FixedWindowLimiter {
  private readonly windows = new Map<string, Window>();
  private lastSweep = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number = WINDOW_MS,
    readonly maxClients: number = MAX_CLIENTS,
  ) {}

  get size(): number {
    return this.windows.size;
  }

  hit(key: string, now: number = Date.now()): Decision {
    this.sweep(now);
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs || now < w.start) {
      if (w) this.windows.delete(key);
      w = { start: now, count: 0 };
      // Map keeps insertion order, so the first key is the oldest window.
      while (this.windows.size >= this.maxClients) {
        const oldest = this.windows.keys().next();
        if (oldest.done) break;
        this.windows.delete(oldest.value);
      }
      this.windows.set(key, w);
    }
    w.count += 1;
    const resetSeconds = Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000));
    return {
      allowed: w.count <= this.limit,
      limit: this.limit,
      remaining: Math.max(0, this.limit - w.count),
      resetSeconds,
    };
  }

  /** Drops expired windows, at most once per window length (cost amortised over the requests). */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [key, w] of this.windows) {
      if (now - w.start >= this.windowMs) this.windows.delete(key);
    }
  }
}

/** The configured limit, or 0 (off). */
export function configuredLimit(env: Record<string, string | undefined> = process.env): number {
  const raw = env.API_RATE_LIMIT_PER_MINUTE?.trim();
  if (!raw || !/^\d+$/.test(raw)) return 0;
  const n = Number(raw);
  return Number.isSafeInteger(n) ? n : 0;
}

/** The request header set by scripts/serve.mjs (CLIENT_ADDRESS_HEADER of scripts/serve/policy.mjs). */
export const CLIENT_ADDRESS_HEADER = 'x-client-address';

export function clientKey(headers: Headers): string {
  // Bound the key's size whatever the header holds.
  const address = headers.get(CLIENT_ADDRESS_HEADER)?.trim().toLowerCase().slice(0, 64);
  return address || 'anonymous';
}

const STATE = Symbol.for('belgian-work-permit-check.rate-limiter');
type GlobalWithLimiter = typeof globalThis & { [STATE]?: FixedWindowLimiter };

/** The server-wide limiter, or null when rate limiting is off. */
export function sharedLimiter(): FixedWindowLimiter | null {
  const limit = configuredLimit();
  if (limit <= 0) return null;
  const g = globalThis as GlobalWithLimiter;
  const current = g[STATE];
  if (current && current.limit === limit) return current;
  const created = new FixedWindowLimiter(limit);
  g[STATE] = created;
  return created;
}

/** Decision for this request, or null when rate limiting is off. */
export function checkRateLimit(request: Request): Decision | null {
  const limiter = sharedLimiter();
  return limiter ? limiter.hit(clientKey(request.headers)) : null;
}

export function rateLimitHeaders(d: Decision): Record<string, string> {
  return {
    'RateLimit-Limit': String(d.limit),
    'RateLimit-Remaining': String(d.remaining),
    'RateLimit-Reset': String(d.resetSeconds),
  };
}
