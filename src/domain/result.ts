/**
 * Expected failures are values. A `Result` is either a value or a domain error with a stable code.
 *
 * @example
 * const r = ok(3); if (r.ok) r.value; // 3
 */
export type Result<T, E = DomainError> = { ok: true; value: T } | { ok: false; error: E };

/** A domain error: a stable code, a human message, and optional per-field messages. */
export interface DomainError {
  code: string;
  message: string;
  fieldErrors?: Record<string, string[]>;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });

export const err = <E = DomainError>(error: E): Result<never, E> => ({ ok: false, error });
