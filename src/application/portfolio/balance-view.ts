import type { BalanceView, InitiativeClass } from '../../contracts/views';
import { portfolioBalance } from '../../domain/scoring/portfolio-balance';

/** The quick-win share of the active initiatives against the target band, as the screens show it. */
export function balanceView(classes: readonly InitiativeClass[], band: { min: number; max: number }): BalanceView {
  const balance = portfolioBalance(classes, band);
  return {
    quickWinSharePct: balance.quickWinShare,
    band: { ...band },
    activeCount: balance.activeCount,
    quickWins: balance.quickWins,
    position: balance.position,
  };
}
