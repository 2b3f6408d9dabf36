import type { ServiceResponse } from '../../runtime/service';
import { jiraError } from './jira-http';
import { BurstLimiter, type BurstState } from './rate-limits-burst';
import { pointsFor } from './rate-limits-cost';
import { burstRefusalHeaders, quotaRefusalHeaders, rateLimitHeaders } from './rate-limits-headers';
import { PointsPool } from './rate-limits-pool';

export { PointsPool, GLOBAL_POOL_POINTS, type PointsPoolOptions, type QuotaPolicy } from './rate-limits-pool';
export { pointsFor } from './rate-limits-cost';
export { BURST_PER_SECOND } from './rate-limits-burst';

/** The answer of `JiraRateLimits.admit`. */
export type Admission = { refused: ServiceResponse } | { refused?: undefined; burst: BurstState };

/**
 * Jira Cloud's rate limits for one simulated site
 * (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/): the points quota (the
 * `pool`, shared by every site in Tier 1) and the site's burst limit per endpoint are checked
 * before a request runs; a served request is charged its points and every response carries the
 * rate-limit headers. A refused (429) request is charged nothing: the doc prices work done.
 * The per-issue write limit is checked by the write routes (`acquireWrites`), which know the issues.
 */
export class JiraRateLimits {
  private readonly burst: BurstLimiter;

  constructor(
    readonly pool: PointsPool = new PointsPool(),
    burstPerSecond?: Record<string, number>,
  ) {
    this.burst = new BurstLimiter(burstPerSecond);
  }

  /** `endpoint` is the route's path template: the burst limit is "per API/resource path". */
  admit(method: string, endpoint: string, now: Date): Admission {
    const window = this.pool.window(now);
    if (window.remaining === 0) {
      const message = 'Rate limit exceeded: the app has used its hourly points quota. Retry after the indicated time.';
      return { refused: jiraError(429, [message], {}, quotaRefusalHeaders(window, this.pool.reason)) };
    }
    const burst = this.burst.take(method, endpoint, now.getTime());
    if (!burst.ok) {
      const message = `Rate limit exceeded: more than ${burst.limit} ${method} requests per second to this endpoint.`;
      return { refused: jiraError(429, [message], {}, burstRefusalHeaders(window, burst)) };
    }
    return { burst };
  }

  /** Charges what the route answered and adds the headers; returns the response and its points. */
  settle(res: ServiceResponse, method: string, burst: BurstState, now: Date): { res: ServiceResponse; points: number } {
    const points = res.status === 429 ? 0 : pointsFor(method, res.body);
    this.pool.charge(now, points);
    const headers = { ...rateLimitHeaders(this.pool.window(now), burst), ...res.headers };
    return { res: { ...res, headers }, points };
  }
}
