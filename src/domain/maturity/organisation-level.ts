import { roundTo } from '../shared/round-to';
import { MATURITY_DIMENSIONS, type MaturityDimension } from './maturity.vocabulary';

/**
 * The organisation's maturity (domain.md section 5): its level is the lowest dimension level (a
 * programme is only as mature as its weakest part), and the mean of the seven dimension levels,
 * rounded half up to one decimal, is shown beside it.
 *
 * @example
 * organisationLevel({ governance: 3, measurement: 2, prioritisation: 4, collaboration: 1,
 *   feedback: 3, adoption: 2, sustainment: 2 }); // { level: 1, mean: 2.4 }
 */
export function organisationLevel(dimensionLevels: Readonly<Record<MaturityDimension, number>>): {
  level: number;
  mean: number;
} {
  const levels = MATURITY_DIMENSIONS.map((d) => dimensionLevels[d]);
  const sum = levels.reduce((total, level) => total + level, 0);
  return { level: Math.min(...levels), mean: roundTo(sum / levels.length, 1) };
}
