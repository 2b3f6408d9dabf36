/**
 * The one resolver envelope, shared by the backend and static/. TypeScript narrows on `ok`.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PRECONDITION_FAILED',
  'UNAVAILABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ResolverError {
  code: ErrorCode;
  message: string;
  /**
   * Messages per field, keyed by the path in the payload as sent, whether the schema or a domain rule
   * found the problem: `{ "config.criteria.2.weight": ["Must be 0 or more"] }`.
   */
  fieldErrors?: Record<string, string[]>;
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ResolverError };

/** Type guard that works on anything that came through `invoke` (structured clone, iframes). */
export function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; data?: unknown; error?: unknown };
  return v.ok === true ? 'data' in v : v.ok === false && typeof v.error === 'object' && v.error !== null;
}
