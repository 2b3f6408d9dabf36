import type { RateLimitSignal } from './rate-limit-signal';

/** What background Jira writing may do next: write now, wait a moment, or stop and come back later. */
export type Pace = { kind: 'go' } | { kind: 'wait'; ms: number } | { kind: 'pause'; delaySeconds: number; why: string };

/** The longest delay a queue event can ask for (async-events-api: "delayed up to 15 minutes"). */
export const MAX_QUEUE_DELAY_SECONDS = 900;
/**
 * Background work leaves the last 10% of the points quota to people using the app: the quota is one
 * pool for the app across every site, and a bulk projection must not make every site's panels answer 429.
 */
export const QUOTA_RESERVE_SHARE = 0.1;

const QUOTA_REASONS: readonly string[] = ['jira-quota-global-based', 'jira-quota-tenant-based'];
const clampDelay = (seconds: number) => Math.min(MAX_QUEUE_DELAY_SECONDS, Math.max(1, Math.ceil(seconds)));

/**
 * Paces background Jira writes (the projection consumer's bulk writes) on what Jira's responses say (rate-limiting: `RateLimit` `r`/`t`,
 * `X-RateLimit-Remaining`, `RateLimit-Reason`, `Retry-After`) instead of an assumed budget: one
 * pacer per invocation sees every response and is asked before each request.
 *
 * @example
 * const pacer = new JiraWritePacer();
 * pacer.observe({ quota: null, burst: null, refusal: { reason: 'jira-quota-global-based', retryAfterSeconds: 1847 } });
 * pacer.next(); // { kind: 'pause', delaySeconds: 900, why: 'jira-quota-global-based' }
 */
export class JiraWritePacer {
  private quotaRefusal: { retryAfterSeconds: number | null } | null = null;
  private quota: RateLimitSignal['quota'] = null;
  private burstSpent = false;

  observe(signal: RateLimitSignal): void {
    if (signal.quota) this.quota = signal.quota;
    if (signal.burst) this.burstSpent = signal.burst.remaining === 0;
    const refusal = signal.refusal;
    if (
      refusal &&
      (QUOTA_REASONS.includes(refusal.reason ?? '') ||
        (refusal.reason === null && (refusal.retryAfterSeconds ?? 0) > 60))
    ) {
      this.quotaRefusal = { retryAfterSeconds: refusal.retryAfterSeconds };
    }
  }

  /** True once a response refused the app for its spent points quota. */
  get refusedForQuota(): boolean {
    return this.quotaRefusal !== null;
  }

  next(): Pace {
    if (this.quotaRefusal) {
      const seconds = this.quotaRefusal.retryAfterSeconds ?? this.quota?.resetSeconds ?? MAX_QUEUE_DELAY_SECONDS;
      return { kind: 'pause', delaySeconds: clampDelay(seconds), why: 'the points quota is spent' };
    }
    const q = this.quota;
    if (q && q.remaining !== null && q.limit !== null && q.remaining < q.limit * QUOTA_RESERVE_SHARE) {
      return {
        kind: 'pause',
        delaySeconds: clampDelay(q.resetSeconds ?? MAX_QUEUE_DELAY_SECONDS),
        why: `${q.remaining} of ${q.limit} points left`,
      };
    }
    if (this.burstSpent) {
      this.burstSpent = false;
      return { kind: 'wait', ms: 1000 };
    }
    return { kind: 'go' };
  }
}
