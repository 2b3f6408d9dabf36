import { err, ok, type DomainError, type Result } from '../result';

/** One thing wrong with a model, a rating or a submission: a stable code, where, and what to do. */
export interface MaturityProblem<C extends string = string> {
  code: C;
  /** Where the problem is, as a field path (`dimensions.0.levels.2.criteria`). */
  path: string;
  message: string;
}

/**
 * Why the maturity domain refused an input: the code and message of the first problem found, every
 * problem's message keyed by its path in `fieldErrors` (so a form shows all of them at once), and the
 * problems themselves with their own codes.
 */
export interface MaturityError<C extends string = string> extends DomainError {
  code: C;
  problems: MaturityProblem<C>[];
}

/** Collects the problems a validator finds, in the order it finds them. */
export interface ProblemCollector<C extends string> {
  add(code: C, path: string, message: string): void;
  hasProblems(): boolean;
  /** `ok(value)` when nothing was added, otherwise a {@link MaturityError} led by the first problem. */
  result<T>(value: T): Result<T, MaturityError<C>>;
}

/**
 * Creates an empty collector for the validators of this folder.
 *
 * @example
 * const problems = collectProblems<'INVALID_RATING'>();
 * problems.add('INVALID_RATING', 'rating', 'Rate the criterion N, P, L or F.');
 * problems.result(1); // { ok: false, error: { code: 'INVALID_RATING', message: 'Rate the criterion N, P, L or F.', ... } }
 */
export function collectProblems<C extends string>(): ProblemCollector<C> {
  const problems: MaturityProblem<C>[] = [];
  return {
    add(code, path, message) {
      problems.push({ code, path, message });
    },
    hasProblems: () => problems.length > 0,
    result<T>(value: T): Result<T, MaturityError<C>> {
      const [first] = problems;
      if (first === undefined) return ok(value);
      const fieldErrors: Record<string, string[]> = {};
      for (const { path, message } of problems) (fieldErrors[path] ??= []).push(message);
      return err({ code: first.code, message: first.message, fieldErrors, problems: [...problems] });
    },
  };
}
