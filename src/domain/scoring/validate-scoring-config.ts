import type { Result } from '../result';
import { checkText } from '../shared/check-text';
import { createFieldErrors, type FieldErrorCollector } from '../shared/field-errors';
import { INPUT_RANGES } from '../shared/input-ranges';
import { inRange, rangeMessage, type NumberRange } from '../shared/number-range';
import { checkCriteria } from './check-criteria';
import type { Criterion, ScoringConfig } from './scoring-config';

const MAX_ISSUE_TYPE = 60;

const isWhole = (v: unknown, min: number, max: number): boolean =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

interface Rule {
  path: string;
  valid: (c: ScoringConfig) => boolean;
  message: string;
  /** Cross-field rules run only when these paths passed their own rules. */
  needs?: readonly string[];
}

/** A rule that `path` holds a number in `range`, refused with the range's message. */
const ranged = (path: string, read: (c: ScoringConfig) => unknown, range: NumberRange): Rule => ({
  path,
  valid: (c) => inRange(read(c), range),
  message: rangeMessage(range),
});

const RULES: readonly Rule[] = [
  {
    path: 'version',
    valid: (c) => isWhole(c.version, 1, Number.MAX_SAFE_INTEGER),
    message: 'Must be a whole number of 1 or more',
  },
  ranged('quickWin.maxEffort', (c) => c.quickWin?.maxEffort, INPUT_RANGES.effortThreshold),
  ranged('transformational.minEffort', (c) => c.transformational?.minEffort, INPUT_RANGES.effortThreshold),
  ranged('quickWin.maxDurationDays', (c) => c.quickWin?.maxDurationDays, INPUT_RANGES.durationDays),
  ranged('transformational.minDurationDays', (c) => c.transformational?.minDurationDays, INPUT_RANGES.durationDays),
  ranged('balanceBand.min', (c) => c.balanceBand?.min, INPUT_RANGES.bandPct),
  ranged('balanceBand.max', (c) => c.balanceBand?.max, INPUT_RANGES.bandPct),
  ranged('mviThresholdPct', (c) => c.mviThresholdPct, INPUT_RANGES.mviThresholdPct),
  {
    path: 'effortCriterionKey',
    valid: (c) =>
      Array.isArray(c.criteria) && c.criteria.some((criterion: Criterion) => criterion.key === c.effortCriterionKey),
    message: 'Must be the key of one of the criteria',
  },
  {
    path: 'quickWin.maxEffort',
    needs: ['quickWin.maxEffort', 'transformational.minEffort'],
    valid: (c) => c.quickWin.maxEffort < c.transformational.minEffort,
    message: 'Must be below the transformational minimum effort',
  },
  {
    path: 'quickWin.maxDurationDays',
    needs: ['quickWin.maxDurationDays', 'transformational.minDurationDays'],
    valid: (c) => c.quickWin.maxDurationDays <= c.transformational.minDurationDays,
    message: 'Must not exceed the transformational duration',
  },
  {
    path: 'balanceBand.max',
    needs: ['balanceBand.min', 'balanceBand.max'],
    valid: (c) => c.balanceBand.min <= c.balanceBand.max,
    message: 'Must not be below the minimum',
  },
];

/**
 * Checks the rules of a scoring configuration and reports every broken one under `INVALID_INPUT`,
 * keyed by path (`criteria.2.weight`, `quickWin.maxEffort`). The shape itself is the boundary schema's
 * job; this function is still total on malformed values (NaN, missing objects, wrong array lengths).
 *
 * Rules: version a positive integer; criteria as in `checkCriteria` (1..20, unique keys, weights 0 or
 * 0.01..1000 with one > 0, five levels); effort thresholds whole ratings 1..5 with quick-win max below
 * the transformational min; durations whole days 0..3650 with quick-win max <= transformational min;
 * 0 <= band min <= band max <= 100; MVI threshold 0..1000 %; the effort criterion exists; issue types
 * with visible text (see `checkText`) and unique. Number ranges are `INPUT_RANGES`, and every range
 * message states the range.
 *
 * @example
 * validateScoringConfig(defaultScoringConfig()).ok; // true
 * validateScoringConfig({ ...defaultScoringConfig(), mviThresholdPct: -1 });
 * // { ok: false, error: { code: 'INVALID_INPUT', fieldErrors: { mviThresholdPct: ['Enter a number from 0 to 1000'] } } }
 */
export function validateScoringConfig(input: ScoringConfig): Result<ScoringConfig> {
  const errors = createFieldErrors();
  const failed = new Set<string>();
  for (const rule of RULES) {
    if (rule.needs?.some((path) => failed.has(path))) continue;
    if (!errors.check(rule.valid(input), rule.path, rule.message)) failed.add(rule.path);
  }
  checkCriteria(input.criteria, errors);
  checkIssueTypes(input.enabledIssueTypes, errors);
  return errors.result(input, 'The scoring configuration is invalid');
}

function checkIssueTypes(types: readonly string[], errors: FieldErrorCollector): void {
  if (!errors.check(Array.isArray(types), 'enabledIssueTypes', 'Must be a list of issue types')) return;
  const seen = new Set<unknown>();
  types.forEach((type: unknown, i) => {
    const problem =
      typeof type === 'string' ? checkText(type, { max: MAX_ISSUE_TYPE, required: true }) : 'Must be text';
    if (problem !== null) errors.add(`enabledIssueTypes.${i}`, problem);
    errors.check(!seen.has(type), `enabledIssueTypes.${i}`, `"${String(type)}" is listed twice`);
    seen.add(type);
  });
}
