import { CAPABILITY_LEVELS, MATURITY_DIMENSIONS, type MaturityDimension } from './maturity.vocabulary';
import { compareQuarters, isQuarter, previousQuarter } from './quarter';

/** The dimension levels an assessment found for one period (a quarter, `2026-Q3`). */
export interface LevelHistoryEntry {
  period: string;
  levels: Readonly<Record<MaturityDimension, number>>;
}

const TOP_LEVEL = CAPABILITY_LEVELS[CAPABILITY_LEVELS.length - 1] ?? 5;

/**
 * The dimensions that stagnate (domain.md section 5: a level that has not risen for two consecutive
 * quarters), in vocabulary order. Precisely: take the three latest periods of `history` (in any order;
 * entries whose period is not a quarter are ignored); they must be three consecutive quarters
 * p-2, p-1, p, otherwise there is not enough history and nothing stagnates (fewer than three
 * periods, a gap such as 2026-Q1, 2026-Q3, 2026-Q4, or a period given twice). A dimension stagnates
 * when level(p) <= level(p-1) and level(p-1) <= level(p-2): flat or falling both count, one rise in
 * either quarter does not. A dimension at level 5 in period p does not stagnate: it cannot rise.
 *
 * @example
 * stagnatingDimensions([
 *   { period: '2026-Q1', levels: { ...levels, governance: 2 } },
 *   { period: '2026-Q2', levels: { ...levels, governance: 2 } },
 *   { period: '2026-Q3', levels: { ...levels, governance: 1 } },
 * ]); // ['governance', ...the other dimensions whose level did not rise]
 */
export function stagnatingDimensions(history: readonly LevelHistoryEntry[]): MaturityDimension[] {
  const latest = history
    .filter((entry) => isQuarter(entry.period))
    .sort((a, b) => compareQuarters(a.period, b.period))
    .slice(-3);
  const [first, second, third] = latest;
  if (first === undefined || second === undefined || third === undefined) return [];
  if (previousQuarter(third.period) !== second.period || previousQuarter(second.period) !== first.period) return [];
  return MATURITY_DIMENSIONS.filter((d) => {
    const [before, middle, now] = [first.levels[d], second.levels[d], third.levels[d]];
    return now <= middle && middle <= before && now < TOP_LEVEL;
  });
}
