import { isKpiDirection, type KpiDirection } from '../shared/kpi-direction.vocabulary';

export type KpiRag = 'green' | 'amber' | 'red' | 'unknown';

export interface KpiReading {
  direction: KpiDirection | null | undefined;
  baseline: number | null | undefined;
  current: number | null | undefined;
  target: number | null | undefined;
}

/**
 * The red-amber-green judgement of a KPI, in its good direction:
 * - green: the current value meets the target (equal counts);
 * - amber: better than the baseline but short of the target;
 * - red: no better than the baseline (equal counts as red: nothing gained yet);
 * - unknown: the direction or any of the three values is missing or not finite.
 * Green is checked first, so a target set no better than the baseline is green once it is met.
 *
 * @example
 * ragForKpi({ direction: 'decrease', baseline: 10, current: 8, target: 8 }); // 'green'
 * ragForKpi({ direction: 'decrease', baseline: 10, current: 9, target: 8 }); // 'amber'
 * ragForKpi({ direction: 'decrease', baseline: 10, current: 11, target: 8 }); // 'red'
 */
export function ragForKpi(reading: KpiReading): KpiRag {
  const { direction, baseline, current, target } = reading;
  if (!isKpiDirection(direction) || !isFiniteNumber(baseline) || !isFiniteNumber(current) || !isFiniteNumber(target)) {
    return 'unknown';
  }
  const atLeast = (a: number, b: number) => (direction === 'increase' ? a >= b : a <= b);
  if (atLeast(current, target)) return 'green';
  return current !== baseline && atLeast(current, baseline) ? 'amber' : 'red';
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
