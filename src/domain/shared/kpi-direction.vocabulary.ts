/**
 * Which way a KPI improves: `increase` (for example first-contact resolution) or `decrease`
 * (for example mean time to resolve).
 *
 * @example
 * isKpiDirection('decrease'); // true
 * isKpiDirection('down'); // false
 */
export const KPI_DIRECTIONS = ['increase', 'decrease'] as const;

/** One of {@link KPI_DIRECTIONS}. */
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

/** Narrows untrusted input to a {@link KpiDirection}. */
export function isKpiDirection(value: unknown): value is KpiDirection {
  return KPI_DIRECTIONS.some((direction) => direction === value);
}
