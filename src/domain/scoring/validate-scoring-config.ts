import type { Result } from '../result';
import { createFieldErrors, type FieldErrorCollector } from '../shared/field-errors';
import { checkCriteria } from './check-criteria';
import type { Criterion, ScoringConfig } from './scoring-config';

const MAX_DAYS = 3650;
const MAX_MVI_PCT = 1000;
const MAX_ISSUE_TYPE = 60;

const isWhole = (v: unknown, min: number, max: number): boolean =>
  typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isBetween = (v: unknown, min: number, max: number): boolean =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;

interface Rule {
  path: string;
  valid: (c: ScoringConfig) => boolean;
  message: string;
  /** Cross-field rules run only when these paths passed their own rules. */
  needs?: readonly string[];
}

const RATING = 'Must be a whole rating from 1 to 5';
const DAYS = `Must be whole days from 0 to ${MAX_DAYS}`;
const PERCENT = 'Must be a percentage from 0 to 100';

const RULES: readonly Rule[] = [
  {
    path: 'version',
    valid: (c) => isWhole(c.version, 1, Number.MAX_SAFE_INTEGER),
    message: 'Must be a whole number of 1 or more',
  },
  { path: 'quickWin.maxEffort', valid: (c) => isWhole(c.quickWin?.maxEffort, 1, 5), message: RATING },
  { path: 'transformational.minEffort', valid: (c) => isWhole(c.transformational?.minEffort, 1, 5), message: RATING },
  { path: 'quickWin.maxDurationDays', valid: (c) => isWhole(c.quickWin?.maxDurationDays, 0, MAX_DAYS), message: DAYS },
  {
    path: 'transformational.minDurationDays',
    valid: (c) => isWhole(c.transformational?.minDurationDays, 0, MAX_DAYS),
    message: DAYS,
  },
  { path: 'balanceBand.min', valid: (c) => isBetween(c.balanceBand?.min, 0, 100), message: PERCENT },
  { path: 'balanceBand.max', valid: (c) => isBetween(c.balanceBand?.max, 0, 100), message: PERCENT },
  {
    path: 'mviThresholdPct',
    valid: (c) => isBetween(c.mviThresholdPct, 0, MAX_MVI_PCT),
    message: `Must be a percentage from 0 to ${MAX_MVI_PCT}`,
  },
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
 * Rules: version a positive integer; criteria as in `checkCriteria` (1..20, unique keys, weights finite
 * and >= 0 with one > 0, five levels); effort thresholds whole ratings with quick-win max below the
 * transformational min; durations whole days with quick-win max <= transformational min;
 * 0 <= band min <= band max <= 100; MVI threshold 0..1000 %; the effort criterion exists; issue types
 * non-empty and unique.
 *
 * @example
 * validateScoringConfig(defaultScoringConfig()).ok; // true
 * validateScoringConfig({ ...defaultScoringConfig(), mviThresholdPct: -1 });
 * // { ok: false, error: { code: 'INVALID_INPUT', fieldErrors: { mviThresholdPct: ['Must be a percentage from 0 to 1000'] } } }
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
    const filled = typeof type === 'string' && type.trim().length > 0 && type.length <= MAX_ISSUE_TYPE;
    errors.check(filled, `enabledIssueTypes.${i}`, `Give an issue type of at most ${MAX_ISSUE_TYPE} characters`);
    errors.check(!seen.has(type), `enabledIssueTypes.${i}`, `"${String(type)}" is listed twice`);
    seen.add(type);
  });
}
