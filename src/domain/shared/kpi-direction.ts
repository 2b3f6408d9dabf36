/**
 * Which way a KPI improves: `increase` (for example first-contact resolution) or `decrease`
 * (for example mean time to resolve).
 *
 * @example
 * isKpiDirection('decrease'); // true
 * isKpiDirection('down'); // false
 */
export type KpiDirection = 'increase' | 'decrease';

/** Narrows untrusted input to a {@link KpiDirection}. */
export function isKpiDirection(value: unknown): value is KpiDirection {
  return value === 'increase' || value === 'decrease';
}
