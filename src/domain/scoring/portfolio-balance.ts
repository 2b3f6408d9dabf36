import { roundTo } from '../shared/round-to';
import type { InitiativeClass } from './classify';

export interface PortfolioBalance {
  /** Quick wins as a percentage of active initiatives (one decimal), or null when none are active. */
  quickWinShare: number | null;
  activeCount: number;
  quickWins: number;
  /** Active initiatives that could not be classified yet; they count in `activeCount`. */
  unclassified: number;
  /** Where the share stands against the band (inclusive at both ends); `empty` when none are active. */
  position: 'below' | 'within' | 'above' | 'empty';
}

/**
 * The share of quick wins among active initiatives against the target band (percent, inclusive).
 * Pass the classes of the active initiatives only. Unclassified initiatives count as active but not as
 * quick wins (they are reported so the view can say so). The band comparison uses the rounded share,
 * so the position always agrees with the number shown.
 *
 * @example
 * portfolioBalance(['quick-win', 'standard', 'standard', 'transformational'], { min: 30, max: 60 });
 * // { quickWinShare: 25, activeCount: 4, quickWins: 1, unclassified: 0, position: 'below' }
 */
export function portfolioBalance(
  classes: readonly InitiativeClass[],
  band: { min: number; max: number },
): PortfolioBalance {
  const activeCount = classes.length;
  const quickWins = classes.filter((c) => c === 'quick-win').length;
  const unclassified = classes.filter((c) => c === 'unclassified').length;
  if (activeCount === 0) return { quickWinShare: null, activeCount, quickWins, unclassified, position: 'empty' };
  const quickWinShare = roundTo((100 * quickWins) / activeCount, 1);
  const position = quickWinShare < band.min ? 'below' : quickWinShare > band.max ? 'above' : 'within';
  return { quickWinShare, activeCount, quickWins, unclassified, position };
}
