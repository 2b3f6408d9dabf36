import { err, ok, type Result } from '../result';
import { INVALID_INPUT } from '../shared/field-errors';
import { INPUT_RANGES } from '../shared/input-ranges';
import { inRange, rangeMessage } from '../shared/number-range';
import { isKpiDirection, type KpiDirection } from '../shared/kpi-direction.vocabulary';
import { roundTo } from '../shared/round-to';

export interface MviInput {
  /** The KPI's good direction; required (absent or unknown is an error, never a guess). */
  direction: KpiDirection | null | undefined;
  baseline: number;
  expected: number;
  /** Minimum relative improvement in percent (the configured default or the KPI's override). */
  thresholdPct: number;
}

export interface MviCheck {
  passed: boolean;
  /** Expected relative improvement in the good direction, percent, two decimals; negative if worse. */
  improvementPct: number;
  thresholdPct: number;
}

/**
 * Minimum viable improvement: passes when the expected relative improvement in the KPI's good direction,
 * `(expected - baseline) / |baseline|` for `increase` and `(baseline - expected) / |baseline|` for
 * `decrease`, is at least the threshold. The comparison uses the improvement rounded to two decimals,
 * the number shown to people. Dividing by `|baseline|` keeps the direction right for negative
 * baselines. A baseline of 0 has no relative change: that, a missing direction, values outside
 * `INPUT_RANGES` (at most 1e9 in size; non-zero values at least 1e-6, so subnormal baselines such as
 * 5e-324 are refused and the improvement stays finite, below 2e17 %) or a threshold outside 0..1000 %
 * give `INVALID_INPUT` with field errors stating the range.
 *
 * @example
 * checkMvi({ direction: 'decrease', baseline: 10, expected: 8, thresholdPct: 15 }); // ok: passed, improvementPct 20
 * checkMvi({ direction: 'decrease', baseline: 10, expected: 9, thresholdPct: 15 }); // ok: not passed, improvementPct 10
 */
export function checkMvi(input: MviInput): Result<MviCheck> {
  const fieldErrors = mviFieldErrors(input);
  if (Object.keys(fieldErrors).length > 0 || !isKpiDirection(input.direction)) {
    return err({ code: INVALID_INPUT, message: 'The minimum viable improvement cannot be checked', fieldErrors });
  }
  const change = input.direction === 'increase' ? input.expected - input.baseline : input.baseline - input.expected;
  const improvementPct = roundTo((100 * change) / Math.abs(input.baseline), 2);
  return ok({ passed: improvementPct >= input.thresholdPct, improvementPct, thresholdPct: input.thresholdPct });
}

function mviFieldErrors(input: MviInput): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (!isKpiDirection(input.direction)) errors.direction = ['Choose whether the KPI should go up or down'];
  if (input.baseline === 0) errors.baseline = ['A baseline of 0 has no relative improvement; use another KPI or unit'];
  else if (!inRange(input.baseline, INPUT_RANGES.kpiBaseline))
    errors.baseline = [rangeMessage(INPUT_RANGES.kpiBaseline)];
  if (!inRange(input.expected, INPUT_RANGES.kpiExpected)) errors.expected = [rangeMessage(INPUT_RANGES.kpiExpected)];
  if (!inRange(input.thresholdPct, INPUT_RANGES.mviThresholdPct))
    errors.thresholdPct = [rangeMessage(INPUT_RANGES.mviThresholdPct)];
  return errors;
}
