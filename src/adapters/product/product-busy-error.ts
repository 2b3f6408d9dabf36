/**
 * A product API stayed busy: a 429 (rate limit), 503 or 504 that was not, or could not be, retried
 * within the invocation. Says which limit (`RateLimit-Reason`) and when to try again.
 *
 * @example new ProductBusyError(429, 'jira-quota-global-based', 1847).quota // true
 */
export class ProductBusyError extends Error {
  override readonly name = 'ProductBusyError';

  constructor(
    readonly status: number,
    readonly reason: string | null,
    readonly retryAfterSeconds: number | null,
  ) {
    super(
      `Jira answered ${status}${reason ? ` (${reason})` : ''}${retryAfterSeconds !== null ? `; retry after ${retryAfterSeconds} s` : ''}`,
    );
  }

  /** The app's hourly points quota is spent: nothing helps until the window resets. */
  get quota(): boolean {
    return this.reason === 'jira-quota-global-based' || this.reason === 'jira-quota-tenant-based';
  }
}
