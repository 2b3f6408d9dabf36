/**
 * Whether an error is the platform being busy or briefly unavailable (a 429, 503 or 504 from KVS or
 * a product API) rather than a bug: the caller is told to try again instead of "something went wrong".
 *
 * @example isTransient(new ProductBusyError(429, 'jira-burst-based', 1)) // true
 */
export function isTransient(error: unknown): boolean {
  const status = statusOf(error);
  return status === 429 || status === 503 || status === 504;
}

const QUOTA_REASONS: readonly string[] = ['jira-quota-global-based', 'jira-quota-tenant-based'];

/**
 * What to tell the user about a transient error, saying when to try again. A spent Jira points
 * quota (a 429 with `RateLimit-Reason: jira-quota-global-based` or `-tenant-based`) lasts until the
 * top of the UTC hour, so the message gives the minutes its `Retry-After` names instead of "a moment".
 *
 * @example transientMessage(new ProductBusyError(429, 'jira-quota-global-based', 1847))
 * // 'Jira has reached its hourly request limit for this app. Try again in about 31 minutes.'
 */
export function transientMessage(error: unknown): string {
  const e = error as { reason?: unknown; retryAfterSeconds?: unknown } | null;
  const seconds = typeof e?.retryAfterSeconds === 'number' ? e.retryAfterSeconds : null;
  if (typeof e?.reason === 'string' && QUOTA_REASONS.includes(e.reason)) {
    const minutes = seconds === null ? null : Math.max(1, Math.ceil(seconds / 60));
    const when =
      minutes === null ? 'at the start of the next hour' : `in about ${minutes} minute${minutes === 1 ? '' : 's'}`;
    return `Jira has reached its hourly request limit for this app. Try again ${when}.`;
  }
  if (seconds !== null && seconds > 5)
    return `Jira or the app storage is busy right now. Try again in ${seconds} seconds.`;
  return 'Jira or the app storage is busy right now. Try again in a moment.';
}

function statusOf(error: unknown): unknown {
  const e = error as { status?: unknown; responseDetails?: { status?: unknown } } | null;
  return e?.responseDetails?.status ?? e?.status;
}
