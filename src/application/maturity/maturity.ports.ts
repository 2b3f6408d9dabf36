import type { UserRefRecord } from '../initiative-record';
import type { MaturityFacts } from '../../domain/maturity/automatic-checks';
import type { CapabilityLevel, MaturityDimension } from '../../domain/maturity/maturity.vocabulary';
import type { ClockPort, DecisionsPort, IdentityPort, RequestsPort } from '../ports';
import type {
  Assessment,
  AssessmentRecord,
  AssessorRatingsRecord,
  GapIssuesRecord,
  MaturitySettings,
  PeriodSummary,
} from './maturity-records';

/** Options of a write: `requestKey` (see `RequestsPort`) commits in the same transaction as the change. */
export interface WriteOptions {
  requestKey?: string;
}

/**
 * Where the maturity records live (issue 12). Every read parses what is stored (maturity-records.ts);
 * every write moves the written record's `revision` by one (the revision a change returns is
 * ignored) and is conditional on what was read, retried with fresh reads on contention, so `change`
 * may run more than once and must decide from what it is given; undefined from `change` writes
 * nothing. A write whose request key is already committed writes nothing and answers what is stored.
 * A record too large to store is refused before anything is written (`WriteRefusedError`).
 */
export interface MaturityStorePort {
  /** The settings (one get); undefined until a CSI admin first saves them. */
  getSettings(): Promise<MaturitySettings | undefined>;
  /** Changes the settings (undefined when none are stored yet); answers what is stored after. */
  updateSettings(
    change: (current: MaturitySettings | undefined) => MaturitySettings | undefined,
    options?: WriteOptions,
  ): Promise<MaturitySettings | undefined>;

  /** A period's assessment header, without ratings (one get). */
  getAssessment(period: string): Promise<AssessmentRecord | undefined>;
  /** One assessor's ratings of a period (one get). */
  getRatings(period: string, accountId: string): Promise<AssessorRatingsRecord | undefined>;
  /** A period's header with every rater's ratings: one get, then one batch get of the `raters` it names. */
  readAssessment(period: string): Promise<Assessment | undefined>;
  /**
   * Saves one assessor's ratings: the header (undefined when the period has none: `change` creates
   * the draft) and the assessor's record are written in one transaction, conditional on both as read.
   * The header is always rewritten, so a rating and a submission never both commit on the same read.
   */
  rate(
    period: string,
    accountId: string,
    change: (
      header: AssessmentRecord | undefined,
      mine: AssessorRatingsRecord | undefined,
    ) => { header: AssessmentRecord; mine: AssessorRatingsRecord } | undefined,
    options?: WriteOptions,
  ): Promise<{ changed: boolean; header: AssessmentRecord | undefined; mine: AssessorRatingsRecord | undefined }>;
  /**
   * The submission: reads the assessment as `readAssessment` does and writes the frozen header and
   * the period's summary in one transaction, conditional on the header's revision and on no summary
   * being stored for the period. `change` is not called when the period has no assessment.
   */
  submit(
    period: string,
    change: (current: Assessment) => { header: AssessmentRecord; summary: PeriodSummary } | undefined,
    options?: WriteOptions,
  ): Promise<{ changed: boolean; assessment: Assessment | undefined; summary: PeriodSummary | undefined }>;
  /** Changes an existing header alone (the decision's seq after a submission); answers what is stored after. */
  updateAssessment(
    period: string,
    change: (header: AssessmentRecord) => AssessmentRecord | undefined,
  ): Promise<AssessmentRecord | undefined>;

  /** A period's summary (one get); undefined when the period was not submitted. */
  getSummary(period: string): Promise<PeriodSummary | undefined>;
  /** The newest `limit` summaries, newest period first: one query (`limit` at most `MATURITY_HISTORY_LIMIT`). */
  listSummaries(limit: number): Promise<PeriodSummary[]>;

  /** The Jira issues made for a period's gaps (one get). */
  getGapIssues(period: string): Promise<GapIssuesRecord | undefined>;
  /** Changes them (undefined when none are stored yet); answers what is stored after. */
  updateGapIssues(
    period: string,
    change: (current: GapIssuesRecord | undefined) => GapIssuesRecord | undefined,
  ): Promise<GapIssuesRecord | undefined>;
}

/** What the app counts from its own data for a period's automatic checks (`evaluateAutomaticCheck`). */
export interface MaturityFactsPort {
  /** The counts for `period` (a quarter): "in the quarter" is that quarter, the others as of now. */
  facts(period: string): Promise<MaturityFacts>;
}

/** What a gap's Jira issue is made from. */
export interface GapIssueDraft {
  period: string;
  criterionId: string;
  dimension: MaturityDimension;
  /** The level the criterion belongs to (the dimension's next level) and the level the dimension is at. */
  level: CapabilityLevel;
  currentLevel: number;
  criterionText: string;
  summary: string;
  description: string;
}

/** The Jira side of gaps (issue 12 item 3): each selected gap becomes an issue in the CSI project. */
export interface GapIssuesPort {
  /**
   * The gap issues already made for a period, found by the issue property they are created with:
   * one search as the app (it sees every issue it made), so a call that died after Jira's answer
   * does not lead to a second issue.
   */
  existing(period: string): Promise<{ criterionId: string; issueKey: string }[]>;
  /**
   * Creates the gap's issue in the CSI project with an issue type that takes part in CSI, so the app
   * scores it as a proposal, with the property that finds it again. Never retried (not idempotent).
   */
  create(draft: GapIssueDraft): Promise<{ ok: true; issueKey: string } | { ok: false; message: string }>;
  /** Links the issue back to the period's assessment (a web link to the maturity page); twice is harmless. */
  link(issueKey: string, period: string): Promise<boolean>;
}

/**
 * Who calls, from the platform context (given by the adapter, never the payload). An assessor is a
 * CSI admin or an account a CSI admin named in the settings.
 */
export interface MaturityCaller {
  accountId: string;
  isCsiAdmin: boolean;
}

/** What the maturity use cases need. */
export interface MaturityDeps {
  maturity: MaturityStorePort;
  facts: MaturityFactsPort;
  gapIssues: GapIssuesPort;
  decisions: DecisionsPort;
  identity: IdentityPort;
  clock: ClockPort;
  requests: RequestsPort;
  /** Names the assessors for the settings (one bulk read); an account Jira no longer knows is left out. */
  users: { byIds(accountIds: readonly string[]): Promise<UserRefRecord[]> };
}
