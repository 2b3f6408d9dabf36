import type { PanelData, RatedPanel } from '@contracts/issue-panel.contract';

/**
 * The panel after a rating: what the rating answered, the updates, pilot, pause / terminate
 * criteria and PIR the panel already showed, and the
 * raters it showed with each answered rater's entry replaced by the new one, latest first.
 */
export function mergeRated(shown: PanelData, rated: RatedPanel): PanelData {
  const answered = new Set(rated.raterRatings.map((r) => r.rater.accountId));
  const raterRatings = [
    ...rated.raterRatings,
    ...shown.raterRatings.filter((r) => !answered.has(r.rater.accountId)),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return {
    ...rated,
    updates: shown.updates,
    pilot: shown.pilot,
    stopCriteria: shown.stopCriteria,
    moreRaters: shown.moreRaters,
    pir: shown.pir,
    raterRatings,
  };
}
