import type { Result } from '../result';
import { checkText } from '../shared/check-text';
import { createFieldErrors, type FieldErrorCollector } from '../shared/field-errors';
import { INPUT_RANGES } from '../shared/input-ranges';
import { isKpiDirection } from '../shared/kpi-direction.vocabulary';
import { inRange, rangeMessage } from '../shared/number-range';
import type { Checkpoint } from './checkpoint';
import { CRITERION_KINDS, CRITERION_PRIORITIES, MANUAL_JUDGEMENTS } from './checkpoint.vocabulary';
import { isCalendarDate } from '../shared/is-calendar-date';

/** Longest texts and most criteria a checkpoint takes. */
export const CHECKPOINT_LIMITS = { name: 200, id: 100, statement: 1000, rollback: 4000, kpiName: 200, criteria: 20 };

const oneOf = (value: unknown, values: readonly string[]): boolean =>
  typeof value === 'string' && values.includes(value);

function text(errors: FieldErrorCollector, path: string, value: unknown, max: number): void {
  const problem = typeof value === 'string' ? checkText(value.trim(), { max, required: true }) : 'Required';
  if (problem !== null) errors.add(path, problem);
}

function checkCriterion(errors: FieldErrorCollector, path: string, criterion: Record<string, unknown>): void {
  text(errors, `${path}.id`, criterion.id, CHECKPOINT_LIMITS.id);
  errors.check(oneOf(criterion.priority, CRITERION_PRIORITIES), `${path}.priority`, 'Choose must or should');
  if (!errors.check(oneOf(criterion.kind, CRITERION_KINDS), `${path}.kind`, 'Unknown kind: use metric or manual')) {
    return;
  }
  if (criterion.kind === 'manual') {
    text(errors, `${path}.statement`, criterion.statement, CHECKPOINT_LIMITS.statement);
    errors.check(oneOf(criterion.judgement, MANUAL_JUDGEMENTS), `${path}.judgement`, 'Use met, not-met or not-judged');
    return;
  }
  text(errors, `${path}.kpiId`, criterion.kpiId, CHECKPOINT_LIMITS.id);
  text(errors, `${path}.kpiName`, criterion.kpiName, CHECKPOINT_LIMITS.kpiName);
  errors.check(isKpiDirection(criterion.direction), `${path}.direction`, 'Choose whether the KPI should go up or down');
  const { kpiBaseline, mviThresholdPct, kpiExpected } = INPUT_RANGES;
  errors.check(inRange(criterion.baseline, kpiBaseline), `${path}.baseline`, rangeMessage(kpiBaseline));
  errors.check(
    inRange(criterion.requiredChangePct, mviThresholdPct),
    `${path}.requiredChangePct`,
    rangeMessage(mviThresholdPct),
  );
  const measured = criterion.measured === null || inRange(criterion.measured, kpiExpected);
  errors.check(
    measured,
    `${path}.measured`,
    `Leave empty until measured, or ${rangeMessage(kpiExpected).toLowerCase()}`,
  );
}

/**
 * Checks a checkpoint before it is saved: a name, a real due date, 1 to 20 criteria with unique ids,
 * each of a known kind with its own fields in range, and a rollback procedure, all texts with visible
 * characters. Every failure is reported at once, keyed by path (`criteria.1.baseline`).
 *
 * @example
 * validateCheckpoint({ ...checkpoint, rollbackProcedure: ' ' });
 * // { ok: false, error: { code: 'INVALID_INPUT', fieldErrors: { rollbackProcedure: ['Required: enter visible text ...'] } } }
 */
export function validateCheckpoint(checkpoint: Checkpoint): Result<Checkpoint> {
  const errors = createFieldErrors();
  text(errors, 'id', checkpoint.id, CHECKPOINT_LIMITS.id);
  text(errors, 'name', checkpoint.name, CHECKPOINT_LIMITS.name);
  errors.check(isCalendarDate(checkpoint.dueDate), 'dueDate', 'Use a real date like 2026-01-31');
  text(errors, 'rollbackProcedure', checkpoint.rollbackProcedure, CHECKPOINT_LIMITS.rollback);
  const criteria: unknown = checkpoint.criteria;
  const list = Array.isArray(criteria) ? (criteria as unknown[]) : [];
  const counted = list.length >= 1 && list.length <= CHECKPOINT_LIMITS.criteria;
  errors.check(counted, 'criteria', `Add 1 to ${CHECKPOINT_LIMITS.criteria} success criteria`);
  const seen: string[] = [];
  list.forEach((item, i) => {
    if (!errors.check(typeof item === 'object' && item !== null, `criteria.${i}`, 'Required')) return;
    const criterion = item as Record<string, unknown>;
    checkCriterion(errors, `criteria.${i}`, criterion);
    if (typeof criterion.id === 'string') {
      errors.check(!seen.includes(criterion.id), `criteria.${i}.id`, 'Another criterion has this id');
      seen.push(criterion.id);
    }
  });
  return errors.result(checkpoint, 'The checkpoint is incomplete');
}
