import { checkText } from '../shared/check-text';
import type { FieldErrorCollector } from '../shared/field-errors';
import { INPUT_RANGES } from '../shared/input-ranges';
import { inRange, rangeMessage } from '../shared/number-range';
import { MAX_CRITERIA, type Criterion } from './scoring-config';

const KEY_PATTERN = /^[a-z][a-z0-9-]{0,39}$/;
const MAX = { name: 100, description: 1000, level: 300 };

/** The first problem of a text (see `checkText`), or null. */
const textProblem = (v: unknown, max: number, required: boolean): string | null =>
  typeof v === 'string' ? checkText(v, { max, required }) : 'Must be text';

const isWeight = (v: unknown): v is number => inRange(v, INPUT_RANGES.weight);

const CRITERION_RULES: ReadonlyArray<{ field: string; valid: (c: Criterion) => boolean; message: string }> = [
  {
    field: 'key',
    valid: (c) => typeof c.key === 'string' && KEY_PATTERN.test(c.key),
    message: 'Use 1-40 lower-case letters, digits or dashes, starting with a letter',
  },
  {
    field: 'direction',
    valid: (c) => c.direction === 'benefit' || c.direction === 'cost',
    message: 'Must be benefit or cost',
  },
  { field: 'weight', valid: (c) => isWeight(c.weight), message: rangeMessage(INPUT_RANGES.weight) },
  {
    field: 'levels',
    valid: (c) => Array.isArray(c.levels) && c.levels.length === 5,
    message: 'Give exactly five level descriptions',
  },
];

/**
 * Adds to `errors` every broken criterion rule, keyed `criteria.<index>.<field>`: key format, unique keys,
 * name and levels with visible text, description (no NUL or lone surrogate), direction, weight (0 or
 * 0.01..1000, at least one > 0), five levels, and
 * 1..20 criteria. A helper of `validateScoringConfig`.
 *
 * @example
 * const errors = createFieldErrors();
 * checkCriteria([{ ...criterion, weight: -1 }], errors); // errors now hold 'criteria.0.weight'
 */
export function checkCriteria(criteria: readonly Criterion[], errors: FieldErrorCollector): void {
  if (!errors.check(Array.isArray(criteria), 'criteria', 'Must be a list of criteria')) return;
  errors.check(criteria.length >= 1, 'criteria', 'Add at least one criterion');
  errors.check(criteria.length <= MAX_CRITERIA, 'criteria', `Use at most ${MAX_CRITERIA} criteria`);
  const firstIndexByKey = new Map<string, number>();
  criteria.forEach((criterion, index) => {
    checkCriterion(criterion, `criteria.${index}`, errors);
    const seen = firstIndexByKey.get(criterion.key);
    if (seen === undefined) firstIndexByKey.set(criterion.key, index);
    else errors.add(`criteria.${index}.key`, `Duplicate key "${criterion.key}" (also Criterion ${seen + 1} key)`);
  });
  const anyPositive = criteria.some((c) => isWeight(c.weight) && c.weight > 0);
  if (criteria.length > 0) errors.check(anyPositive, 'criteria', 'At least one criterion needs a weight above 0');
}

function checkCriterion(criterion: Criterion, path: string, errors: FieldErrorCollector): void {
  for (const rule of CRITERION_RULES) errors.check(rule.valid(criterion), `${path}.${rule.field}`, rule.message);
  const texts: Array<[string, unknown, number, boolean]> = [
    ['name', criterion.name, MAX.name, true],
    ['description', criterion.description, MAX.description, false],
    ...(Array.isArray(criterion.levels) ? criterion.levels : []).map(
      (level: unknown, i): [string, unknown, number, boolean] => [`levels.${i}`, level, MAX.level, true],
    ),
  ];
  for (const [field, value, max, required] of texts) {
    const problem = textProblem(value, max, required);
    if (problem !== null) errors.add(`${path}.${field}`, problem);
  }
}
