import type { BenefitVerdict } from '../domain/pir/pir.vocabulary';
import type { LifecycleView } from './lifecycle-view';
/**
 * What resolvers return to the UI. The UI shows these values; it never recomputes a domain rule.
 */
import type { Rag } from '../domain/progress/rag.vocabulary';
import type { CriterionDirection } from '../domain/scoring/criterion-direction.vocabulary';
import type { InitiativeClass } from '../domain/scoring/initiative-class.vocabulary';
import type { KpiDirection } from '../domain/shared/kpi-direction.vocabulary';

export type { CriterionDirection, InitiativeClass, KpiDirection, Rag };

export interface UserRef {
  accountId: string;
  displayName: string;
}

export interface CriterionView {
  key: string;
  name: string;
  description: string;
  direction: CriterionDirection;
  weight: number;
  /** Five level descriptions, for ratings 1..5. */
  levels: string[];
}

export interface BreakdownRow {
  key: string;
  name: string;
  direction: CriterionDirection;
  rating: number | null;
  weight: number;
  contribution: number | null;
}

export interface MviView {
  status: 'passed' | 'failed' | 'missing';
  kpi: string | null;
  improvementPct: number | null;
  thresholdPct: number | null;
  message: string;
}

export interface ScoreView {
  score: number | null;
  complete: boolean;
  missing: string[];
  breakdown: BreakdownRow[];
  initiativeClass: InitiativeClass;
  needsAlignment: boolean;
  disagreements: Array<{ key: string; name: string; min: number; max: number; spread: number }>;
  /** The latest raters (at most 50; `raterCount` says how many rated in all). */
  raters: UserRef[];
  raterCount?: number;
  mvi: MviView;
  configVersion: number;
}

export interface KpiPlan {
  name: string;
  direction: KpiDirection;
  baseline: number;
  expected: number;
  /** Overrides the configured minimum-viable-improvement threshold for this KPI. */
  thresholdPct: number | null;
}

export interface PlanView {
  plannedDurationDays: number | null;
  kpi: KpiPlan | null;
}

export interface ScoreHistoryRow {
  at: string;
  actor: UserRef;
  change: string;
  score: number | null;
}

export interface DecisionEntryView {
  seq: number;
  type: string;
  typeLabel: string;
  subject: { issueKey: string; projectKey: string } | null;
  summary: string;
  rationale: string;
  optionsConsidered: string[];
  reasonCategory: string | null;
  revisitIf: string | null;
  scoresAtTime: Record<string, number | null> | null;
  actor: UserRef;
  at: string;
  hash: string;
  prevHash: string;
  /** Entry-kind specific facts (for example the configuration versions of a scoring change). */
  details: Record<string, string | number | boolean | null>;
}

export type IntegrityView =
  | { status: 'verified'; throughSeq: number }
  | { status: 'broken'; atSeq: number; reason: string }
  | { status: 'empty' };

export interface ProgressUpdateView {
  id: string;
  at: string;
  author: UserRef;
  whatChanged: string;
  next: string;
  risks: string;
  asks: string;
  rag: Rag;
}

export interface BalanceView {
  quickWinSharePct: number | null;
  band: { min: number; max: number };
  activeCount: number;
  quickWins: number;
  position: 'below' | 'within' | 'above' | 'empty';
}

export interface PortfolioRow {
  rank: number;
  issueKey: string;
  summary: string;
  status: string;
  score: number | null;
  complete: boolean;
  initiativeClass: InitiativeClass;
  needsAlignment: boolean;
  mviPassed: boolean | null;
  /** The Jira issue id (the scoring grid and the matrix act on it). */
  issueId: string;
  /** The owner's display name, or null when nobody owns it. */
  owner: string | null;
  /** The display names of everyone who rated it. */
  raters: string[];
  /** Its place on the value/effort matrix (ratings 1..5), or null while a benefit or cost rating is missing. */
  matrix: { value: number; effort: number; quadrant: 'quick-wins' | 'big-bets' | 'fill-ins' | 'money-pits' } | null;
  /** Its lifecycle stage (issue 10 item 1), shown beside the Jira status. */
  stage?: Pick<LifecycleView, 'stage' | 'label' | 'tone'>;
  /** Its post-implementation review (issue 11 item 5): open or completed, overdue, open and overdue actions. */
  pir?: {
    state: 'open' | 'completed';
    overdue: boolean;
    actionsOverdue: boolean;
    openActions: number;
    /** The latest benefit check's verdict, once one was made with a reading. */
    benefit: BenefitVerdict | null;
  };
}

export interface RescoreProgressView {
  jobId: string;
  configVersion: number;
  status: 'running' | 'done';
  total: number;
  done: number;
  changed: number;
  failed: number;
  startedAt: string;
  finishedAt: string | null;
}
