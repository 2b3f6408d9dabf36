/** The quota policies Jira names in `RateLimit-Policy` (Tier 1 and Tier 2). */
export type QuotaPolicy = 'global-app-quota' | 'tenant-app-quota';

/** One hourly window of a points pool, as the rate-limit headers report it. */
export interface PoolWindow {
  policy: QuotaPolicy;
  quota: number;
  used: number;
  remaining: number;
  /** The top of the next UTC hour, when the pool refills. */
  resetAt: Date;
  /** Whole seconds until `resetAt` (at least 1): `t` of `RateLimit`, and a quota 429's `Retry-After`. */
  secondsToReset: number;
}

export interface PointsPoolOptions {
  policy?: QuotaPolicy;
  /** Points per hour; 65,000 for the Global Pool. */
  quota?: number;
}

const HOUR_MS = 3_600_000;

/** Jira's Tier 1 quota: "Your app shares a single 65,000 point hourly quota across all tenants." */
export const GLOBAL_POOL_POINTS = 65_000;

/**
 * An app's hourly points quota for Jira REST calls
 * (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/, "Rate limit quotas by tiers").
 * Tier 1 (the default) is ONE pool for the app across every site that installs it: hand the same
 * `PointsPool` to the Jira service of every simulated site. Tier 2 (`tenant-app-quota`, only after
 * Atlassian's review) is one pool per site. "All quotas are measured in points per hour and reset
 * at the top of each UTC hour"; no carry-over; once spent, every request is denied until the reset.
 * The pool reads no clock: callers pass the instant of each request, so tests set time.
 *
 * @example
 * const pool = new PointsPool(); // shared by sites A and B
 * createJiraService(storeA, hooksA, { ...options, pool });
 * createJiraService(storeB, hooksB, { ...options, pool });
 */
export class PointsPool {
  readonly policy: QuotaPolicy;
  readonly quota: number;
  private hourStart = Number.NaN;
  private used = 0;

  constructor(options: PointsPoolOptions = {}) {
    this.policy = options.policy ?? 'global-app-quota';
    this.quota = options.quota ?? GLOBAL_POOL_POINTS;
    if (!Number.isInteger(this.quota) || this.quota <= 0) throw new Error(`A points quota must be a positive integer`);
  }

  /** The `RateLimit-Reason` of a 429 from this pool. */
  get reason(): 'jira-quota-global-based' | 'jira-quota-tenant-based' {
    return this.policy === 'global-app-quota' ? 'jira-quota-global-based' : 'jira-quota-tenant-based';
  }

  window(now: Date): PoolWindow {
    this.roll(now);
    const resetAt = new Date(this.hourStart + HOUR_MS);
    const secondsToReset = Math.max(1, Math.ceil((resetAt.getTime() - now.getTime()) / 1000));
    const remaining = Math.max(0, this.quota - this.used);
    return { policy: this.policy, quota: this.quota, used: this.used, remaining, resetAt, secondsToReset };
  }

  /** True once the hour's quota is spent: "all further requests are denied until the next reset". */
  exhausted(now: Date): boolean {
    return this.window(now).remaining === 0;
  }

  /** Charges the points of one served request to the hour it was served in. */
  charge(now: Date, points: number): void {
    this.roll(now);
    this.used += points;
  }

  private roll(now: Date): void {
    const hourStart = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
    if (hourStart !== this.hourStart) {
      this.hourStart = hourStart;
      this.used = 0;
    }
  }
}
