/**
 * Retries an idempotent product request on 429, 503 and 504, honouring `Retry-After` (capped), at most
 * `attempts` times. Only idempotent requests (GET, PUT, DELETE, read-only POSTs such as the
 * permission check) may come through here.
 */
export interface RetryableResponse {
  status: number;
  headers: { get(name: string): string | null };
}

export async function requestWithRetry<R extends RetryableResponse>(send: () => Promise<R>, attempts = 4): Promise<R> {
  let response = await send();
  for (let attempt = 1; attempt < attempts && [429, 503, 504].includes(response.status); attempt += 1) {
    await sleep(retryDelayMs(response.headers.get('Retry-After'), attempt));
    response = await send();
  }
  return response;
}

/** `Retry-After` in seconds (or an HTTP date), capped at 10 s; exponential back-off without one. */
export function retryDelayMs(retryAfter: string | null, attempt: number): number {
  const seconds = retryAfter === null ? NaN : Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.min(seconds * 1000, 10_000);
  const date = retryAfter === null ? NaN : Date.parse(retryAfter);
  if (Number.isFinite(date)) return Math.min(Math.max(date - Date.now(), 0), 10_000);
  return Math.min(200 * 2 ** attempt, 10_000);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
