import type { RateLimitSignal } from '../../application/rate-limit-signal';

export type { RateLimitSignal } from '../../application/rate-limit-signal';

interface Headers {
  get(name: string): string | null;
}

type Policies = Map<string, Map<string, number>>;

/**
 * Parses a structured rate-limit header: `"<policy-name>";<attribute>=<value>[;...], ...`
 * ("Clients should parse these as comma-separated entries and must not assume a fixed number or
 * ordering"). The enforced name and the `Beta-` one are both read; the enforced one wins.
 *
 * @example policies('"global-app-quota";r=11000;t=600').get('global-app-quota')?.get('r') // 11000
 */
export function policies(value: string | null): Policies {
  const out: Policies = new Map();
  for (const entry of (value ?? '').split(',')) {
    const [name, ...attributes] = entry.trim().split(';');
    const policy = name?.trim().replace(/^"(.*)"$/, '$1');
    if (!policy) continue;
    const params = new Map<string, number>();
    for (const attribute of attributes) {
      const [key, raw] = attribute.split('=');
      const number = Number(raw);
      if (key && raw !== undefined && Number.isFinite(number)) params.set(key.trim(), number);
    }
    out.set(policy, params);
  }
  return out;
}

const header = (h: Headers, name: string) => h.get(name) ?? h.get(`Beta-${name}`);

function count(raw: string | null): number | null {
  if (raw === null || raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** `Retry-After` as seconds: a number of seconds, or an HTTP date. */
function retryAfterSeconds(raw: string | null, nowMs: number): number | null {
  const seconds = count(raw);
  if (seconds !== null) return seconds;
  const at = raw === null ? NaN : Date.parse(raw);
  return Number.isFinite(at) ? Math.max(0, Math.ceil((at - nowMs) / 1000)) : null;
}

/** The rate-limit signal of one response (see `RateLimitSignal`). */
export function rateLimitOf(status: number, h: Headers, nowMs = Date.now()): RateLimitSignal {
  const policy = policies(header(h, 'RateLimit-Policy'));
  const live = policies(header(h, 'RateLimit'));
  const quotaName = ['global-app-quota', 'tenant-app-quota'].find((n) => policy.has(n) || live.has(n));
  const quota = quotaName
    ? {
        limit: policy.get(quotaName)?.get('q') ?? null,
        remaining: live.get(quotaName)?.get('r') ?? null,
        resetSeconds: live.get(quotaName)?.get('t') ?? null,
      }
    : null;
  const busy = status === 429 || status === 503 || status === 504;
  const reason = busy ? (h.get('RateLimit-Reason') ?? h.get('X-RateLimit-Reason')) : null;
  // On a quota or per-issue 429, X-RateLimit-* describe that limit, not the endpoint's burst.
  const burstLimit = !busy || reason === 'jira-burst-based' ? count(h.get('X-RateLimit-Limit')) : null;
  const burstRemaining = !busy || reason === 'jira-burst-based' ? count(h.get('X-RateLimit-Remaining')) : null;
  return {
    quota,
    burst: burstLimit === null && burstRemaining === null ? null : { limit: burstLimit, remaining: burstRemaining },
    refusal: busy ? { reason, retryAfterSeconds: retryAfterSeconds(h.get('Retry-After'), nowMs) } : null,
  };
}
