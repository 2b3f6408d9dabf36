import * as z from 'zod/mini';
import { defineCall } from './call';
import { decisionInputSchema } from './decision-input';
import { requestIdSchema } from './request-id';
import { INPUT_RANGES } from '../domain/shared/input-ranges';
import {
  criterionKey,
  kpiPlanSchema,
  listOf,
  numberInRange,
  RAGS,
  REASON_CATEGORIES,
  requiredText,
  text,
} from './fields';
import type {
  CriterionView,
  DecisionEntryView,
  PlanView,
  UserRef,
  ProgressUpdateView,
  ScoreHistoryRow,
  ScoreView,
} from './views';
import type { PilotView } from './pilot-view';
import type { LifecycleView } from './lifecycle-view';
import type { StopCriteriaView } from './stop-criteria.contract';
import type { PirView } from './pir.contract';

/** Everything the Jira issue panel shows, in one call. */
export interface PanelData {
  issue: { id: string; key: string; summary: string; status: string; issueType: string };
  participating: boolean;
  viewer: { canRate: boolean; canDecide: boolean; canPostUpdate: boolean };
  criteria: CriterionView[];
  myRatings: Record<string, { rating: number; rationale: string }>;
  plan: PlanView;
  score: ScoreView | null;
  history: ScoreHistoryRow[];
  rejection: DecisionEntryView | null;
  updates: ProgressUpdateView[];
  /** The latest decisions about this initiative, newest first (the full log is on the project page). */
  decisions: Array<{ seq: number; type: string; summary: string; at: string; actor: UserRef }>;
  /** Whether the initiative is paused (its last pause has no resume or termination after it). */
  paused: boolean;
  /** Where it stands in its lifecycle (issue 10 item 1); null before the app has a record of it. */
  lifecycle: LifecycleView | null;
  /**
   * Who rated what and why, latest rating first, so the CAB can discuss a disagreement with the
   * rationales at hand. The panel's get requires browse permission, so only people who may see
   * the issue get them.
   */
  raterRatings: RaterRatings[];
  /** The cursor to more raters' rationales (`issuePanel.whoRated`), or null when all are shown. */
  moreRaters: string | null;
  /** The pilot: checkpoints, resource commitments, affected services and their dependency review. */
  pilot: PilotView;
  /** The pause / terminate criteria it declared and those that fire now (issue 10 item 4). */
  stopCriteria: StopCriteriaView;
  /** Its post-implementation review, once its issue reached done and a rule asked for one (issue 11). */
  pir: PirView | null;
}

/**
 * What a rating answers: the panel without the progress updates and the pilot (a rating changes
 * neither; the pause / terminate criteria are evaluated again when the panel is next read), and with
 * only the entries this call read in `raterRatings` (the rater's own, plus any an older version
 * embedded in the record). The UI merges it into the panel it holds: each answered rater replaces
 * their old entry, the others stay, latest first.
 */
export type RatedPanel = Omit<PanelData, 'updates' | 'pilot' | 'stopCriteria' | 'moreRaters' | 'pir'>;

/** One rater's current ratings, by criterion key, with the rationale each was given. */
export interface RaterRatings {
  rater: UserRef;
  at: string;
  ratings: Record<string, { rating: number; rationale: string }>;
}

const panel = defineCall<PanelData>();

const requestId = requestIdSchema;

export const issuePanelCalls = {
  get: panel('issuePanel.get', z.strictObject({})),
  rate: defineCall<RatedPanel>()(
    'issuePanel.rate',
    z.strictObject({
      ratings: z
        .array(
          z.strictObject({
            criterionKey,
            rating: z
              .int({ error: 'Ratings are whole numbers' })
              .check(z.gte(1, 'Ratings go from 1'), z.lte(5, 'Ratings go up to 5')),
            rationale: text(2000),
          }),
        )
        .check(z.minLength(1, 'Rate at least one criterion'), z.maxLength(20)),
      requestId,
    }),
  ),
  savePlan: panel(
    'issuePanel.savePlan',
    z.strictObject({
      plannedDurationDays: z.nullable(numberInRange(INPUT_RANGES.plannedDurationDays)),
      kpi: z.nullable(kpiPlanSchema),
      requestId,
    }),
  ),
  reject: panel(
    'issuePanel.reject',
    z.strictObject({
      reasonCategory: z.enum(REASON_CATEGORIES, { error: 'Choose a reason category' }),
      rationale: requiredText(4000),
      optionsConsidered: listOf(requiredText(500), 20),
      revisitIf: z.optional(text(1000)),
      requestId,
    }),
  ),
  /** The next page of raters' rationales, latest first, from the cursor the panel or a page gave. */
  whoRated: defineCall<{ raterRatings: RaterRatings[]; moreRaters: string | null }>()(
    'issuePanel.whoRated',
    z.strictObject({ cursor: requiredText(2000) }),
  ),
  recordDecision: panel('issuePanel.recordDecision', z.strictObject({ decision: decisionInputSchema, requestId })),
  postUpdate: panel(
    'issuePanel.postUpdate',
    z.strictObject({
      whatChanged: requiredText(4000),
      next: requiredText(4000),
      risks: text(4000),
      asks: text(4000),
      rag: z.enum(RAGS, { error: 'Choose red, amber or green' }),
      requestId,
    }),
  ),
};
