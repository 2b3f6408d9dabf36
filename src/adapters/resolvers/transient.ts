/**
 * Whether an error is the platform being busy or briefly unavailable (a 429, 503 or 504 from KVS or
 * a product API) rather than a bug: the caller is told to try again instead of "something went wrong".
 *
 * @example isTransient(new ProductError(429, 'rate limited')) // true
 */
export function isTransient(error: unknown): boolean {
  const e = error as { status?: unknown; responseDetails?: { status?: unknown } } | null;
  const status = e?.responseDetails?.status ?? e?.status;
  return status === 429 || status === 503 || status === 504;
}
