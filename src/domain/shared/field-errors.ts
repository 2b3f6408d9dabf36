import { err, ok, type Result } from '../result';

/** The stable code of every validation failure in the domain. */
export const INVALID_INPUT = 'INVALID_INPUT';

/** Collects per-field messages keyed by path (`criteria.2.weight`) and turns them into a `Result`. */
export interface FieldErrorCollector {
  add(path: string, message: string): void;
  /** Adds `message` at `path` unless `condition` holds; returns `condition`. */
  check(condition: boolean, path: string, message: string): boolean;
  hasErrors(): boolean;
  /** `ok(value)` when nothing was added, otherwise `INVALID_INPUT` with the collected `fieldErrors`. */
  result<T>(value: T, message: string): Result<T>;
}

/**
 * Creates an empty collector. Validators add every failure they find, so a form shows all of them at once.
 *
 * @example
 * const errors = createFieldErrors();
 * errors.check(weight >= 0, 'criteria.0.weight', 'Must be 0 or more');
 * return errors.result(config, 'The scoring configuration is invalid');
 */
export function createFieldErrors(): FieldErrorCollector {
  const fieldErrors: Record<string, string[]> = {};
  const add = (path: string, message: string): void => {
    (fieldErrors[path] ??= []).push(message);
  };
  return {
    add,
    check(condition, path, message) {
      if (!condition) add(path, message);
      return condition;
    },
    hasErrors: () => Object.keys(fieldErrors).length > 0,
    result<T>(value: T, message: string): Result<T> {
      if (Object.keys(fieldErrors).length === 0) return ok(value);
      return err({ code: INVALID_INPUT, message, fieldErrors });
    },
  };
}
