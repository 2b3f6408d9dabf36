import type { SuccessCriterion } from './checkpoint';

/**
 * Whether a checkpoint showed any KPI gain: a measured metric criterion that moved from its
 * baseline in the KPI's good direction, by any amount (met or not). Manual statements and values
 * that are not finite numbers do not count.
 *
 * @example
 * showsKpiGain([buildMetricCriterion({ measured: 9.5 })]); // true: MTTR fell from 10, though not by 15 %
 */
export function showsKpiGain(criteria: readonly SuccessCriterion[]): boolean {
  return criteria.some((c) => {
    if (c.kind !== 'metric' || c.measured === null) return false;
    if (!Number.isFinite(c.measured) || !Number.isFinite(c.baseline)) return false;
    return c.direction === 'increase' ? c.measured > c.baseline : c.measured < c.baseline;
  });
}
