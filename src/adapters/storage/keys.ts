/**
 * Every storage key prefix and entity name the app uses, in one place. Entity names must match
 * `app.storage.entities` in manifest.yml (a test checks it).
 */
export const KEYS = {
  settings: 'settings:scoring',
  settingsVersion: (version: number) => `settings:scoring:v${String(version).padStart(6, '0')}`,
  rescoreJob: 'rescore:job',
  scoreFieldId: 'jira:score-field-id',
  logVerification: 'decision-log:verification',
  /** The latest reconcile run of the Jira projections (its cursor and recent repairs). */
  reconcileRun: 'reconcile:projections',
  /** A deleted issue's tombstone, so a late or duplicated event cannot bring its initiative back. */
  deletedIssue: (issueId: string) => `issue-deleted:${issueId}`,
  /** A client request id that took effect, per caller (issue 8: a retried write has one effect). */
  request: (accountId: string, requestId: string) => `request:${accountId}:${requestId}`,
  /** A reader's saved portfolio views of one project (issue 9). */
  portfolioViews: (accountId: string, projectKey: string) => `portfolio-views:${accountId}:${projectKey}`,
  /** A period's maturity facts as last counted, reused for a few minutes (issue 12: the macro renders often). */
  maturityFacts: (period: string) => `maturity-facts:${period}`,
} as const;

export const ENTITIES = {
  initiative: 'initiative',
  decision: 'decision',
  logHead: 'log-head',
  progressUpdate: 'progress-update',
  portfolioStats: 'portfolio-stats',
  projectionOutbox: 'projection-outbox',
  /** One rater's ratings of one initiative (issue 8: bounded records). */
  rating: 'rating',
  settings: 'settings',
  logSeal: 'log-seal',
  /** An initiative's pilot: checkpoints, commitments, services and dependency review (issue 10). */
  pilot: 'pilot',
  /** A pilot's rows per person committed and per service named, indexed by target (issue 10). */
  pilotFootprint: 'pilot-footprint',
  /** An initiative's post-implementation review, keyed by issue id (issue 11). */
  pir: 'pir',
  /** The maturity assessments' headers, ratings per assessor, period summaries and gap issues (issue 12). */
  maturity: 'maturity',
} as const;

/**
 * Keys of the `settings` entity besides the scoring settings ('scoring'): each record is saved
 * conditionally on its own `revision` (issue 10: the CSI admins' lifecycle settings).
 */
export const SETTINGS_RECORDS = {
  /** The services catalogue (owners, retired services kept). */
  services: 'lifecycle-services',
  /** The app stage → Jira status mapping and the gated transitions; `revision` is its version. */
  workflowMap: 'lifecycle-workflow-map',
  /** The major-change rules, PIR templates and timings (issue 11); `revision` is their version. */
  pirSettings: 'pir-settings',
  /** The maturity model in force and the named assessors (issue 12); `revision` counts saves. */
  maturitySettings: 'maturity-settings',
} as const;

/** The one key of the decision log head entity. */
export const LOG_HEAD_KEY = 'head';

/** Decision entries are keyed by their zero-padded sequence number, so key order is log order. */
export const decisionKey = (seq: number) => `d${String(seq).padStart(10, '0')}`;
