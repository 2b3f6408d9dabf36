import * as z from 'zod/mini';
import { STOP_CRITERIA_LIMITS, type StopCriterionKind } from '../domain/lifecycle/stop-criterion.vocabulary';
import { defineCall } from './call';
import { listOf, numberInRange, patternText } from './fields';
import type { PanelData } from './issue-panel.contract';
import { requestIdSchema } from './request-id';

/**
 * The pause / terminate criteria an initiative declares (issue 10 item 4), and what fired. The
 * criteria are those of src/domain/lifecycle/stop-criterion.ts, from its small typed set.
 */
const id = patternText(100, /^[\w-]{1,100}$/, 'Use 1-100 letters, digits, dashes or underscores');

export const stopCriterionInputSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      id,
      kind: z.literal('terminate-if-no-kpi-gain'),
      checkpoints: numberInRange(STOP_CRITERIA_LIMITS.checkpoints),
    }),
    z.strictObject({ id, kind: z.literal('pause-if-score-below'), score: numberInRange(STOP_CRITERIA_LIMITS.score) }),
    z.strictObject({ id, kind: z.literal('pause-if-commitment-lapsed') }),
  ],
  { error: 'Unknown kind: use terminate-if-no-kpi-gain, pause-if-score-below or pause-if-commitment-lapsed' },
);

export type StopCriterionInput = z.infer<typeof stopCriterionInputSchema>;

/** What the panel shows of the criteria: the declared ones and those that fired now. */
export interface StopCriteriaView {
  criteria: StopCriterionInput[];
  triggered: Array<{
    id: string;
    kind: StopCriterionInput['kind'];
    proposes: 'pause' | 'terminate';
    message: string;
    since: string;
    /** The decision that answered it (a pause, a termination or a "continue" override), if any. */
    answeredSeq: number | null;
  }>;
  /** Whether the viewer may declare or change them (CSI admins). */
  canEdit: boolean;
}

export const stopCriteriaCalls = {
  save: defineCall<PanelData>()(
    'stopCriteria.save',
    z.strictObject({
      criteria: listOf(stopCriterionInputSchema, STOP_CRITERIA_LIMITS.criteria),
      requestId: requestIdSchema,
    }),
  ),
};

// Declared once in the domain, shared with the UI through this module.
export { STOP_CRITERION_KINDS } from '../domain/lifecycle/stop-criterion.vocabulary';

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
  describe(criterion: StopCriterionInput): string {
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
