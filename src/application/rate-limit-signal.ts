/**
 * What a Jira response says about the app's rate limits
 * (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/, "Rate limit related headers"),
 * read by the product adapter and used by background jobs to pace themselves. `null` means the
 * response did not say.
 */
export interface RateLimitSignal {
  /** The points quota: `q` of `RateLimit-Policy`, `r` (present once usage passes ~80%) and `t` of `RateLimit`. */
  quota: { limit: number | null; remaining: number | null; resetSeconds: number | null } | null;
  /** The endpoint's requests left in the current second (`X-RateLimit-Remaining`) and its limit. */
  burst: { limit: number | null; remaining: number | null } | null;
  /** A refusal (429, or a 503/504): its `RateLimit-Reason` and `Retry-After` in seconds. */
  refusal: { reason: string | null; retryAfterSeconds: number | null } | null;
}
