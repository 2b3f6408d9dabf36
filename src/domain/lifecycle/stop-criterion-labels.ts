import type { StopCriterion } from './stop-criterion';
import type { StopCriterionKind } from './stop-criterion.vocabulary';

/**
 * How people read the pause / terminate criteria: a name per kind and a sentence per criterion,
 * shared by the panel, the history rows and the portfolio.
 *
 * @example
 * STOP_CRITERION_LABELS.describe({ id: 's', kind: 'pause-if-score-below', score: 40 }); // 'pause if the score falls below 40'
 */
export const STOP_CRITERION_LABELS = {
  kind: {
    'terminate-if-no-kpi-gain': 'Terminate if no KPI gain',
    'pause-if-score-below': 'Pause if the score falls below',
    'pause-if-commitment-lapsed': 'Pause if committed hours lapse',
  } satisfies Record<StopCriterionKind, string>,
  describe(criterion: StopCriterion): string {
    switch (criterion.kind) {
      case 'terminate-if-no-kpi-gain':
        return criterion.checkpoints === 1
          ? 'terminate if the last checkpoint shows no KPI gain'
          : `terminate if no KPI gain after ${criterion.checkpoints} checkpoints`;
      case 'pause-if-score-below':
        return `pause if the score falls below ${criterion.score}`;
      case 'pause-if-commitment-lapsed':
        return 'pause if committed hours lapse';
    }
  },
};
