import { getAppContext } from '@forge/api';
import { ProductBusyError } from './product-busy-error';
import { rateLimitOf, type RateLimitSignal } from './rate-limit-headers';

export { ProductBusyError } from './product-busy-error';

/** The part of a product response the retry logic reads. */
export interface RetryableResponse {
  status: number;
  headers: { get(name: string): string | null };
}

export interface RetryOptions {
  /** Only idempotent requests (GET, PUT, DELETE, read-only POSTs) are ever sent twice. Default true. */
  idempotent?: boolean;
  /** Sees the rate-limit headers of every response (the re-score job paces on them). */
  observe?: (signal: RateLimitSignal) => void;
  /** Platform ms left in this invocation; default `getAppContext().invocationRemainingTimeInMillis()`. */
  remainingMs?: () => number | undefined;
  sleep?: (ms: number) => Promise<void>;
}

/** Time kept back for the work after the request (writing the answer, saving progress). */
const RESERVE_MS = 5_000;
/** The longest wait a request may make, with the invocation's remaining time unknown. */
const UNKNOWN_BUDGET_WAIT_MS = 1_000;
const QUOTA_REASONS: readonly string[] = ['jira-quota-global-based', 'jira-quota-tenant-based'];

/**
 * Sends a product request and retries it at most once, only when that can help within this
 * invocation (https://developer.atlassian.com/cloud/jira/platform/rate-limiting/, "Retrying and
 * backoff strategies": "Only retry if the API is idempotent and the response includes a Retry-After
 * header"; per reason: burst → slow down that endpoint, quota → "Pause all API requests until the
 * window resets"). A quota 429 is never waited out: the hourly window can be up to an hour away and
 * a resolver has 25 s. A burst or per-issue 429, a 503 or a 504 is retried once after `Retry-After`
 * (or 200 ms) if that wait still leaves `RESERVE_MS` of the invocation. Throws `ProductBusyError`
 * (with when to retry) when the product stays busy; other responses are returned as they are.
 */
export async function requestWithRetry<R extends RetryableResponse>(
  send: () => Promise<R>,
  options: RetryOptions = {},
): Promise<R> {
  let response = await send();
  let signal = observed(response, options);
  if (!isBusy(response.status)) return response;
  const waitMs = retryDelayMs(signal);
  if (options.idempotent !== false && !isQuota(signal) && fits(waitMs, options)) {
    await (options.sleep ?? sleep)(waitMs);
    response = await send();
    signal = observed(response, options);
    if (!isBusy(response.status)) return response;
  }
  throw new ProductBusyError(
    response.status,
    signal.refusal?.reason ?? null,
    signal.refusal?.retryAfterSeconds ?? null,
  );
}

/** The wait before a retry: `Retry-After` seconds, or 200 ms without one. */
export function retryDelayMs(signal: RateLimitSignal): number {
  const seconds = signal.refusal?.retryAfterSeconds;
  return seconds === null || seconds === undefined ? 200 : seconds * 1000;
}

/** Platform ms left in the running invocation, if the runtime says. */
export function invocationRemainingMs(): number | undefined {
  try {
    const ms = getAppContext().invocationRemainingTimeInMillis();
    return Number.isFinite(ms) ? ms : undefined;
  } catch {
    return undefined;
  }
}

function observed(response: RetryableResponse, options: RetryOptions): RateLimitSignal {
  const signal = rateLimitOf(response.status, response.headers);
  options.observe?.(signal);
  return signal;
}

const isBusy = (status: number) => status === 429 || status === 503 || status === 504;

/** A quota 429, or a 429 that names no reason but asks for more than a minute (treated alike). */
function isQuota(signal: RateLimitSignal): boolean {
  const refusal = signal.refusal;
  if (!refusal) return false;
  if (refusal.reason !== null) return QUOTA_REASONS.includes(refusal.reason);
  return (refusal.retryAfterSeconds ?? 0) > 60;
}

function fits(waitMs: number, options: RetryOptions): boolean {
  const remaining = (options.remainingMs ?? invocationRemainingMs)();
  return remaining === undefined ? waitMs <= UNKNOWN_BUDGET_WAIT_MS : waitMs + RESERVE_MS <= remaining;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
