import type { Result } from '../result';
import { createFieldErrors, type FieldErrorCollector } from '../shared/field-errors';
import { inRange, rangeMessage } from '../shared/number-range';
import type { StopCriterion } from './stop-criterion';
import { STOP_CRITERIA_LIMITS, STOP_CRITERION_KINDS } from './stop-criterion.vocabulary';

export { STOP_CRITERIA_LIMITS };

const KINDS: readonly string[] = STOP_CRITERION_KINDS;

function checkOne(errors: FieldErrorCollector, path: string, item: Record<string, unknown>): void {
  const idOk = typeof item.id === 'string' && /^[\w-]{1,100}$/.test(item.id);
  errors.check(idOk, `${path}.id`, 'Use 1-100 letters, digits, dashes or underscores');
  const kindOk = typeof item.kind === 'string' && KINDS.includes(item.kind);
  if (!errors.check(kindOk, `${path}.kind`, `Unknown kind: use one of ${STOP_CRITERION_KINDS.join(', ')}`)) return;
  const { checkpoints, score } = STOP_CRITERIA_LIMITS;
  if (item.kind === 'terminate-if-no-kpi-gain') {
    errors.check(inRange(item.checkpoints, checkpoints), `${path}.checkpoints`, rangeMessage(checkpoints));
  } else if (item.kind === 'pause-if-score-below') {
    errors.check(inRange(item.score, score), `${path}.score`, rangeMessage(score));
  }
}

/**
 * Checks the pause / terminate criteria declared on approval: at most 10, each with a unique id and
 * a known kind, "no KPI gain after n checkpoints" with n a whole number 1..20, "score below s" with
 * s in 0..100. Errors are keyed by path (`2.kind`); every failure is reported at once.
 *
 * @example
 * validateStopCriteria([{ id: 'x', kind: 'pause-if-moon-full' }]);
 * // fieldErrors: { '0.kind': ['Unknown kind: use one of terminate-if-no-kpi-gain, ...'] }
 */
export function validateStopCriteria(criteria: readonly StopCriterion[]): Result<StopCriterion[]> {
  const errors = createFieldErrors();
  const list: unknown[] = Array.isArray(criteria) ? [...(criteria as unknown[])] : [];
  const max = STOP_CRITERIA_LIMITS.criteria;
  errors.check(Array.isArray(criteria) && list.length <= max, 'criteria', `At most ${max} criteria`);
  const seen: unknown[] = [];
  list.forEach((item, i) => {
    if (!errors.check(typeof item === 'object' && item !== null, `${i}`, 'Required')) return;
    const record = item as Record<string, unknown>;
    checkOne(errors, `${i}`, record);
    if (seen.includes(record.id)) errors.add(`${i}.id`, 'Another criterion has this id');
    seen.push(record.id);
  });
  return errors.result(list as StopCriterion[], 'The pause and terminate criteria are invalid');
}
