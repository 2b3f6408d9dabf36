import type { ServiceResponse } from './service';

/**
 * The fault knobs (`LOCAL_KVS_FAULT_RATE`, `LOCAL_REST_FAULT_RATE`): with probability `rate`, a call
 * fails as the platform's do under load: 429 with `Retry-After`, 503 or 504.
 */
export function injectFault(
  random: () => number,
  rate: number,
  retryAfterSeconds: number,
  service: string,
): ServiceResponse | undefined {
  if (rate <= 0 || random() >= rate) return undefined;
  const pick = random();
  if (pick < 0.5) {
    return {
      status: 429,
      headers: { 'Retry-After': String(retryAfterSeconds) },
      body: { code: 'RATE_LIMIT_EXCEEDED', message: `Injected rate limit on ${service}` },
    };
  }
  if (pick < 0.8)
    return { status: 503, body: { code: 'SERVICE_UNAVAILABLE', message: `Injected outage on ${service}` } };
  return { status: 504, body: { code: 'TIMEOUT', message: `Injected timeout on ${service}` } };
}
