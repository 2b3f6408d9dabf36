import type { BurstState } from './rate-limits-burst';
import type { PoolWindow } from './rate-limits-pool';

/** "X-RateLimit-NearLimit: Returns true when less than 20% of capacity remains." */
const NEAR_LIMIT_SHARE = 0.2;

/** `X-RateLimit-Reset`, as in the doc's example: `2025-10-08T15:00:00Z` (ISO 8601, no milliseconds). */
export const resetStamp = (at: Date): string => at.toISOString().replace(/\.\d{3}Z$/, 'Z');

const nearLimit = (w: PoolWindow): boolean => w.remaining < w.quota * NEAR_LIMIT_SHARE;

/**
 * The headers every Jira response carries
 * (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/, "Rate limit related headers"
 * and "Points-based quota rate-limit headers"): the structured `RateLimit-Policy` / `RateLimit`
 * pair for the points quota and the endpoint's burst policy, in the documented grammar
 * (`"<policy-name>";<attribute>=<value>`, policies separated by `,`), with `r` (remaining) on the
 * quota only once "usage exceeds ~80% of the quota"; `X-RateLimit-Limit` / `-Remaining` for the
 * request rate ("For request rate limits, this reflects the allowed requests per second"), and
 * `X-RateLimit-NearLimit`.
 *
 * @example
 * // RateLimit-Policy: "global-app-quota";q=65000;w=3600,"jira-burst-based";q=100;w=1
 * // RateLimit: "global-app-quota";t=3200,"jira-burst-based";r=90;t=1
 */
export function rateLimitHeaders(pool: PoolWindow, burst: BurstState | undefined): Record<string, string> {
  const quotaNow = nearLimit(pool)
    ? `"${pool.policy}";r=${pool.remaining};t=${pool.secondsToReset}`
    : `"${pool.policy}";t=${pool.secondsToReset}`;
  const headers: Record<string, string> = {
    'RateLimit-Policy': `"${pool.policy}";q=${pool.quota};w=3600`,
    RateLimit: quotaNow,
    'X-RateLimit-NearLimit': String(nearLimit(pool)),
  };
  if (burst) {
    headers['RateLimit-Policy'] += `,"jira-burst-based";q=${burst.limit};w=1`;
    headers.RateLimit += `,"jira-burst-based";r=${burst.remaining};t=1`;
    headers['X-RateLimit-Limit'] = String(burst.limit);
    headers['X-RateLimit-Remaining'] = String(burst.remaining);
  }
  return headers;
}

/**
 * A quota 429 as the doc's example shows it: `Retry-After` (seconds until the hourly window
 * resets; the example says 1847), `X-RateLimit-Limit` (the quota), `X-RateLimit-Remaining: 0`,
 * `X-RateLimit-Reset`, `RateLimit-Reason: jira-quota-global-based` (or `-tenant-based`).
 */
export function quotaRefusalHeaders(pool: PoolWindow, reason: string): Record<string, string> {
  return {
    ...rateLimitHeaders(pool, undefined),
    RateLimit: `"${pool.policy}";r=0;t=${pool.secondsToReset}`,
    'Retry-After': String(pool.secondsToReset),
    'X-RateLimit-Limit': String(pool.quota),
    'X-RateLimit-Remaining': '0',
    'X-RateLimit-Reset': resetStamp(pool.resetAt),
    'RateLimit-Reason': reason,
  };
}

/** A burst 429 as in the doc's example: `Retry-After: 1`, the per-second limit, `jira-burst-based`. */
export function burstRefusalHeaders(pool: PoolWindow, burst: BurstState): Record<string, string> {
  return {
    ...rateLimitHeaders(pool, burst),
    'Retry-After': '1',
    'X-RateLimit-Reset': resetStamp(burst.resetAt),
    'RateLimit-Reason': 'jira-burst-based',
  };
}
