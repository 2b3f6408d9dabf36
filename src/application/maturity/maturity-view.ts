import type { AutomaticProposal } from '../../domain/maturity/automatic-checks';
import type { MaturityModel } from '../../domain/maturity/maturity-model';
import type { MaturityDimension, Rating } from '../../domain/maturity/maturity.vocabulary';
import type { UserRefRecord } from '../initiative-record';
import type { AssessmentState, StoredAssessorRating } from './maturity-records';

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
  submittedBy: UserRefRecord;
  /** The decision-log entry that records it; null while it is still being appended. */
  decisionSeq: number | null;
  organisation: { level: number; mean: number; previousLevel: number | null; previousMean: number | null };
  /** The newest submitted period before this one, which `previous...` come from. */
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
  model: MaturityModel;
  /** The accounts that rated so far. */
  raters: string[];
  /** The caller's own ratings, by criterion id. */
  mine: Record<string, StoredAssessorRating>;
  /** The app's proposal, with the facts it rests on, for each criterion with an automatic check. */
  proposals: Record<string, AutomaticProposal>;
  /** The levels the ratings so far give (the lower rating standing; unrated is not achieved). */
  preview: { organisation: { level: number; mean: number }; levels: Record<MaturityDimension, number> };
  /** The criteria nobody rated yet, in model order: a submission needs none. */
  unrated: string[];
}

/** What the maturity page and macro show for one period. */
export interface MaturityView {
  period: string;
  /** Today's quarter: the one an assessor would assess now. */
  currentQuarter: string;
  state: AssessmentState | 'none';
  you: { canAssess: boolean; canAdminister: boolean };
  /** The model version in force now, and (for CSI admins) the named assessors. */
  settings: { modelVersion: number; assessors: string[] | null };
  result: MaturityResultView | null;
  /** The newest submitted periods, oldest first. */
  trend: TrendPoint[];
  /** Only for an assessor, while the period is not submitted. */
  draft: DraftView | null;
}
