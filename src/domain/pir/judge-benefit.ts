import type { KpiDirection } from '../shared/kpi-direction.vocabulary';
import { roundTo } from '../shared/round-to';
import type { BenefitVerdict } from './pir.vocabulary';

/** The shares of the planned improvement (in %) still there for the benefit to count as kept or partly kept. */
export const BENEFIT_THRESHOLDS = { keptPct: 90, partlyPct: 25 } as const;

/** How far `retainedPct` may go either way, so that it is always a finite number people can read. */
export const RETAINED_PCT_BOUND = 1e9;

/**
 * The improvement now and the planned one, in the KPI's good direction. When a difference overflows
 * (numbers near ±1.8e308) both are taken of halves, which leaves their ratio as it was.
 */
function improvements(direction: KpiDirection, baseline: number, target: number, current: number) {
  const gain = (to: number, from: number): number => (direction === 'increase' ? to - from : from - to);
  const now = gain(current, baseline);
  const planned = gain(target, baseline);
  if (Number.isFinite(now) && Number.isFinite(planned)) return { now, planned };
  return { now: gain(current / 2, baseline / 2), planned: gain(target / 2, baseline / 2) };
}

/**
 * How much of the planned KPI improvement a benefit check finds (domain.md section 3): `retainedPct`
 * is 100 × the improvement now ÷ the planned improvement (baseline to target), in the KPI's good
 * direction, rounded to one decimal; it is negative when the KPI is now worse than its baseline.
 * Kept at 90 % or more, partly kept at 25 % or more, otherwise lost, judged on the rounded number
 * people see. A target that plans no improvement (at or behind the baseline) counts as kept (100 %)
 * while the KPI is not worse than its baseline, else lost (0 %). Null when nothing was measured or
 * a number is not finite; `retainedPct` is never NaN or Infinity (it is bounded to ±1e9).
 *
 * @example
 * judgeBenefit({ direction: 'decrease', baseline: 10, target: 6, current: 7 }); // { verdict: 'partly-kept', retainedPct: 75 }
 * judgeBenefit({ direction: 'increase', baseline: 60, target: 80, current: 50 }); // { verdict: 'lost', retainedPct: -50 }
 */
export function judgeBenefit(input: {
  direction: KpiDirection;
  baseline: number;
  target: number;
  current: number | null;
}): { verdict: BenefitVerdict; retainedPct: number } | null {
  const { direction, baseline, target, current } = input;
  if (current === null || ![baseline, target, current].every(Number.isFinite)) return null;
  const { now, planned } = improvements(direction, baseline, target, current);
  if (!(planned > 0)) return now >= 0 ? { verdict: 'kept', retainedPct: 100 } : { verdict: 'lost', retainedPct: 0 };
  const raw = 100 * (now / planned);
  const retainedPct = roundTo(Math.min(Math.max(raw, -RETAINED_PCT_BOUND), RETAINED_PCT_BOUND), 1);
  const { keptPct, partlyPct } = BENEFIT_THRESHOLDS;
  const verdict: BenefitVerdict = retainedPct >= keptPct ? 'kept' : retainedPct >= partlyPct ? 'partly-kept' : 'lost';
  return { verdict, retainedPct };
}
