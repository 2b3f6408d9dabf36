import type { NumberRange } from './number-range';

/**
 * The ranges of every number a person can enter, declared once for the contracts (refusal at the
 * edge) and the domain validators (refusal inside). Each keeps the computations on it finite:
 *
 * - weights: a score sums at most 20 weights times a 0..1 rating, so 0..1000 cannot overflow; a
 *   positive weight below 0.01 would underflow in that sum (5e-324 × 0.5 is 0), so it is refused.
 * - KPI values: a relative improvement is `100 × (expected − baseline) / |baseline|`; with values of
 *   at most 1e9 in size and non-zero values of at least 1e-6 it stays below 2e17 %, finite and shown
 *   without an exponent. A baseline of 0 has no relative change and is refused.
 * - percentages (band, MVI thresholds): compared with shares and improvements shown to two decimals,
 *   so a non-zero percentage below 0.01 (5e-324 above all) means nothing and is refused.
 *
 * @example
 * INPUT_RANGES.plannedDurationDays; // { min: 0, max: 3650, whole: true }
 */
export const INPUT_RANGES = {
  weight: { min: 0, max: 1000, minMagnitude: 0.01 },
  rating: { min: 1, max: 5, whole: true },
  effortThreshold: { min: 1, max: 5, whole: true },
  durationDays: { min: 0, max: 3650, whole: true },
  plannedDurationDays: { min: 0, max: 3650, whole: true },
  bandPct: { min: 0, max: 100, minMagnitude: 0.01 },
  mviThresholdPct: { min: 0, max: 1000, minMagnitude: 0.01 },
  kpiBaseline: { min: -1e9, max: 1e9, minMagnitude: 1e-6, nonZero: true },
  kpiExpected: { min: -1e9, max: 1e9, minMagnitude: 1e-6 },
} as const satisfies Record<string, NumberRange>;
