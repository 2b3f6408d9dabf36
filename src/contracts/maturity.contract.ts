import * as z from 'zod/mini';
import {
  MATURITY_LIMITS,
  type AutomaticCheckId,
  type CapabilityLevel,
  type MaturityDimension,
  type Rating,
} from '../domain/maturity/maturity.vocabulary';
import { defineCall } from './call';

export {
  AUTOMATIC_CHECK_LABELS,
  DIMENSION_LABELS,
  MATURITY_LIMITS,
  RATING_LABELS,
  RATINGS,
} from '../domain/maturity/maturity.vocabulary';
import { listOf, patternText, requiredText, text, wholeIn } from './fields';
import { requestIdSchema } from './request-id';
import type { UserRef } from './views';

/*
 * The maturity assessment's calls and views (issue 12), shared by the programme page, the Confluence
 * macro "CSI maturity" and the admin page. The application's use cases answer these views.
 */

/** One criterion of a maturity model: what to judge, and the app's check when it holds the evidence. */
export interface CriterionView {
  id: string;
  text: string;
  automaticCheck?: AutomaticCheckId;
}

/** A maturity model as shown: each dimension's levels 1 to 5 with their criteria. */
export interface MaturityModelView {
  version: number;
  dimensions: Array<{
    dimension: MaturityDimension;
    levels: Array<{ level: CapabilityLevel; criteria: CriterionView[] }>;
  }>;
}

/** The rating an automatic check proposes, with the facts it counted (shown, never a bare pass/fail). */
export interface ProposalView {
  proposed: Rating;
  facts: Array<{ label: string; value: string }>;
  /** The share measured, in %; null when there was nothing to count. */
  pct: number | null;
}

/** One assessor's rating of one criterion as stored. */
export interface RatingView {
  criterionId: string;
  rating: Rating;
  evidence: string[];
  comment: string;
  automatic?: { proposed: Rating; overrideReason?: string };
}

/** One improvement opportunity of a submitted period: a criterion of a dimension's next level not achieved. */
export interface GapView {
  criterionId: string;
  text: string;
  level: number;
  /** The rating that stands (the lower of the assessors'), null when nobody rated it. */
  rating: Rating | null;
  /** Every assessor's evidence links for it, each once, in the order given. */
  evidence: string[];
  /** The Jira issue made for it, and why Jira refused one the last time. */
  issueKey: string | null;
  issueError: string | null;
}

/** One dimension of a submitted period beside the period it is compared with. */
export interface DimensionResultView {
  dimension: MaturityDimension;
  label: string;
  level: number;
  /** The level in the comparison period; null without one. */
  previousLevel: number | null;
  /** Whether its level had not risen for two consecutive quarters (as judged at submission). */
  stagnating: boolean;
  gaps: GapView[];
}

/** What a submitted period found. */
export interface MaturityResultView {
  modelVersion: number;
  submittedAt: string;
  submittedBy: UserRef;
  /** The decision-log entry that records it; null while it is still being appended. */
  decisionSeq: number | null;
  organisation: { level: number; mean: number; previousLevel: number | null; previousMean: number | null };
  /** The submitted period it is compared with (the newest before it, or the one asked for). */
  comparisonPeriod: string | null;
  dimensions: DimensionResultView[];
}

/** One submitted period of the trend. */
export interface TrendPoint {
  period: string;
  organisationLevel: number;
  mean: number;
  levels: Record<MaturityDimension, number>;
  stagnating: MaturityDimension[];
}

/** An assessor's view of a period still open for ratings. */
export interface DraftView {
  /** Whether somebody rated already (the draft exists); until then the model in force is shown. */
  started: boolean;
  model: MaturityModelView;
  /** The accounts that rated so far. */
  raters: string[];
  /** The caller's own ratings, by criterion id. */
  mine: Record<string, RatingView>;
  /** The app's proposal, with the facts it rests on, for each criterion with an automatic check. */
  proposals: Record<string, ProposalView>;
  /** The levels the ratings so far give (the lower rating standing; unrated is not achieved). */
  preview: { organisation: { level: number; mean: number }; levels: Record<MaturityDimension, number> };
  /** The criteria nobody rated yet, in model order: a submission needs none. */
  unrated: string[];
}

/** The states of a period's assessment: none yet, open for ratings, submitted and frozen. */
export type AssessmentStateView = 'none' | 'draft' | 'submitted';

/** What the maturity page and macro show for one period. */
export interface MaturityView {
  period: string;
  /** Today's quarter: the one an assessor would assess now. */
  currentQuarter: string;
  state: AssessmentStateView;
  you: { canAssess: boolean; canAdminister: boolean };
  /** The model version in force now, and (for CSI admins) the named assessors. */
  settings: { modelVersion: number; assessors: string[] | null };
  result: MaturityResultView | null;
  /** The newest submitted periods, oldest first. */
  trend: TrendPoint[];
  /** Only for an assessor, while the period is not submitted. */
  draft: DraftView | null;
}

/** What a saved rating answers: the rating as stored and how far the caller's ratings of the period are. */
export interface SavedRatingView {
  period: string;
  modelVersion: number;
  rating: RatingView;
  ratedByYou: number;
  criteria: number;
}

/** Each selected gap's issue (null when Jira refused it), and why Jira refused or did not link it. */
export interface GapIssuesView {
  period: string;
  issues: Array<{ criterionId: string; issueKey: string | null; error: string | null }>;
}

/** What the CSI admins see of the maturity settings. */
export interface MaturitySettingsView {
  model: MaturityModelView;
  assessors: string[];
  /** The assessors as Jira names them (an account Jira no longer knows is missing). */
  people: UserRef[];
  changedBy: UserRef | null;
  changedAt: string | null;
}

/** The most summaries a history or trend reads (ten years of quarters), in one query. */
export const MATURITY_HISTORY_LIMIT = 40;

const QUARTER = /^\d{4}-Q[1-4]$/;
/** A quarter as the app names periods, `2026-Q3`. */
const quarter = patternText(7, QUARTER, 'Name a quarter such as 2026-Q3');
const limits = MATURITY_LIMITS;
const criterionId = requiredText(100);

/** Which period to show (the newest submitted when absent), which to compare with, how long a trend. */
export const maturityViewQuerySchema = z.strictObject({
  period: z.optional(quarter),
  compare: z.optional(quarter),
  history: z.optional(wholeIn(1, MATURITY_HISTORY_LIMIT)),
});

export type MaturityViewQuery = z.infer<typeof maturityViewQuerySchema>;

/**
 * One criterion's rating. The rating is any short text so that the domain answers a value outside
 * N / P / L / F with its own message; the evidence links are checked by the domain as well.
 */
export const ratingInputSchema = z.strictObject({
  period: quarter,
  criterionId,
  rating: text(20),
  evidence: listOf(text(limits.link), limits.evidenceLinks),
  comment: text(limits.comment),
  overrideReason: z.optional(text(limits.reason)),
  requestId: requestIdSchema,
});

const criterionInput = z.strictObject({
  id: requiredText(100),
  text: requiredText(limits.criterionText),
  automaticCheck: z.optional(text(40)),
});

/** A model as a CSI admin saves it: the version it was edited from, and the dimensions (checked by the domain). */
export const modelInputSchema = z.strictObject({
  baseVersion: wholeIn(0, 1_000_000),
  dimensions: listOf(
    z.strictObject({
      dimension: requiredText(40),
      levels: listOf(
        z.strictObject({ level: wholeIn(1, 5), criteria: listOf(criterionInput, limits.criteriaPerLevel + 1) }),
        6,
      ),
    }),
    8,
  ),
  requestId: requestIdSchema,
});

/**
 * The Confluence macro's saved configuration: the period it shows (the newest submitted, or a
 * quarter) and what it compares with (the period before it, or a quarter). An empty configuration
 * (the macro just inserted) means the newest period beside the one before.
 */
export const maturityMacroConfigSchema = z.strictObject({
  period: z.union([z.literal('latest'), quarter]),
  compare: z.union([z.literal('previous'), quarter]),
});

export type MaturityMacroConfig = z.infer<typeof maturityMacroConfigSchema>;

export const maturityCalls = {
  /** The programme page's maturity section. */
  view: defineCall<MaturityView>()('maturity.view', maturityViewQuerySchema),
  /** The Confluence macro "CSI maturity": its period and comparison come from the macro's configuration. */
  macro: defineCall<MaturityView>()(
    'macro.maturity',
    z.strictObject({ history: z.optional(wholeIn(1, MATURITY_HISTORY_LIMIT)) }),
  ),
  /** An assessor rates one criterion of a period's draft (from the page or the macro). */
  rate: defineCall<SavedRatingView>()('maturity.rate', ratingInputSchema),
  /** An assessor submits a period: frozen and logged. */
  submit: defineCall<MaturityView>()(
    'maturity.submit',
    z.strictObject({ period: quarter, requestId: requestIdSchema }),
  ),
  /** An assessor turns selected gaps of a submitted period into Jira issues in the CSI project. */
  gapIssues: defineCall<GapIssuesView>()(
    'maturity.gapIssues',
    z.strictObject({ period: quarter, criterionIds: listOf(criterionId, 50), requestId: requestIdSchema }),
  ),
  /** The CSI admins' maturity settings (admin page). */
  settings: defineCall<MaturitySettingsView>()('maturity.settings', z.strictObject({})),
  saveModel: defineCall<MaturitySettingsView>()('maturity.saveModel', modelInputSchema),
  setAssessors: defineCall<MaturitySettingsView>()(
    'maturity.setAssessors',
    z.strictObject({ accountIds: listOf(requiredText(128), limits.assessors + 1), requestId: requestIdSchema }),
  ),
};
