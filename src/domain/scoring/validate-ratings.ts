import type { Result } from '../result';
import { createFieldErrors } from '../shared/field-errors';
import type { Criterion } from './scoring-config';

/**
 * Checks one rater's ratings: every value is a whole number from 1 to 5, or `null`/`undefined` for
 * "not rated"; every key is a criterion of the configuration. Errors are keyed `ratings.<key>`.
 * Returns the rated keys only, so the value can go straight into `computeScore` or `aggregateRaters`.
 *
 * @example
 * validateRatings(criteria, { effort: 2, risk: null }); // { ok: true, value: { effort: 2 } }
 * validateRatings(criteria, { effort: 2.5 }); // fieldErrors: { 'ratings.effort': ['Rate with a whole number from 1 to 5'] }
 */
export function validateRatings(
  criteria: readonly Criterion[],
  input: Readonly<Record<string, unknown>>,
): Result<Record<string, number>> {
  const errors = createFieldErrors();
  const keys = new Set(criteria.map((c) => c.key));
  const rated: Record<string, number> = {};
  for (const [key, value] of Object.entries(input)) {
    if (!errors.check(keys.has(key), `ratings.${key}`, 'Not a criterion of the scoring configuration')) continue;
    if (value === null || value === undefined) continue;
    const valid = typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
    if (errors.check(valid, `ratings.${key}`, 'Rate with a whole number from 1 to 5')) rated[key] = value as number;
  }
  return errors.result(rated, 'Some ratings are invalid');
}
