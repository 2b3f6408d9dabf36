/** One endpoint's burst window after a request: what `X-RateLimit-*` reports. */
export interface BurstState {
  ok: boolean;
  /** Requests allowed per second for this endpoint and method. */
  limit: number;
  /** Requests left in the current second. */
  remaining: number;
  /** The start of the next second, when the window refills. */
  resetAt: Date;
}

/**
 * Jira's default steady-state requests per second per endpoint, by HTTP method
 * (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/, "Burst API rate limits":
 * GET 100, POST 100, PUT 50, DELETE 50).
 */
export const BURST_PER_SECOND: Record<string, number> = { GET: 100, POST: 100, PUT: 50, DELETE: 50, PATCH: 50 };

/**
 * The burst limit: per tenant (one limiter per simulated site) and per endpoint and method, a number
 * of requests per second. The doc describes token buckets whose buffer size it does not publish, and
 * headers that count "remaining requests in the current second"; this models the published
 * steady-state rate as a window per whole second, which is what those headers describe.
 */
export class BurstLimiter {
  private readonly windows = new Map<string, { second: number; count: number }>();

  constructor(private readonly perSecond: Record<string, number> = BURST_PER_SECOND) {}

  /** Takes one request for `endpoint` (a path template) at `nowMs`, or refuses it. */
  take(method: string, endpoint: string, nowMs: number): BurstState {
    const limit = this.perSecond[method] ?? BURST_PER_SECOND.GET!;
    const second = Math.floor(nowMs / 1000);
    const key = `${method} ${endpoint}`;
    const window = this.windows.get(key);
    const count = window && window.second === second ? window.count : 0;
    const resetAt = new Date((second + 1) * 1000);
    if (count >= limit) return { ok: false, limit, remaining: 0, resetAt };
    this.windows.set(key, { second, count: count + 1 });
    return { ok: true, limit, remaining: limit - count - 1, resetAt };
  }
}
