/**
 * The words of the maturity assessment (domain.md section 5), declared once: the seven dimensions of a
 * CSI programme, the capability levels, the N / P / L / F ratings, the checks the app computes from its
 * own data, and the limits of a model and of a rating. The contracts, the UI and the demo data import
 * them from here.
 *
 * @example
 * MATURITY_DIMENSIONS.length; // 7
 * ACHIEVED_RATINGS.includes('L'); // true
 */
export const MATURITY_DIMENSIONS = [
  'governance',
  'measurement',
  'prioritisation',
  'collaboration',
  'feedback',
  'adoption',
  'sustainment',
] as const;
export type MaturityDimension = (typeof MATURITY_DIMENSIONS)[number];

/** How each dimension is named to people. */
export const DIMENSION_LABELS: Record<MaturityDimension, string> = {
  governance: 'Governance',
  measurement: 'Measurement',
  prioritisation: 'Prioritisation',
  collaboration: 'Cross-team collaboration',
  feedback: 'Feedback loops',
  adoption: 'Adoption',
  sustainment: 'Sustainment',
};

/** The capability levels a dimension's criteria are grouped by, from ad hoc (1) to optimising (5). */
export const CAPABILITY_LEVELS = [1, 2, 3, 4, 5] as const;
export type CapabilityLevel = (typeof CAPABILITY_LEVELS)[number];

/** How far a criterion is achieved: not, partly, largely, fully; in this order, lowest first. */
export const RATINGS = ['N', 'P', 'L', 'F'] as const;
export type Rating = (typeof RATINGS)[number];

/** How each rating is named to people, with the share of the criterion it stands for. */
export const RATING_LABELS: Record<Rating, string> = {
  N: 'Not achieved (0–15 %)',
  P: 'Partly achieved (15–50 %)',
  L: 'Largely achieved (50–85 %)',
  F: 'Fully achieved (85–100 %)',
};

/** The ratings at which a criterion counts as achieved. */
export const ACHIEVED_RATINGS: readonly Rating[] = ['L', 'F'];

/**
 * The checks the app computes from its own data to propose a rating (see `evaluateAutomaticCheck`):
 * decisions with a rationale, KPIs with an owner, KPIs read in the last 30 days, active initiatives with
 * a complete score and with a confirmed commitment, approvals with a dependency review, PIRs and PIR
 * actions done by their due date, benefit checks recorded.
 */
export const AUTOMATIC_CHECKS = [
  'decision-rationale',
  'kpi-owners',
  'kpi-readings',
  'complete-scores',
  'commitments',
  'dependency-reviews',
  'pirs-on-time',
  'pir-actions-on-time',
  'benefit-checks',
] as const;
export type AutomaticCheckId = (typeof AUTOMATIC_CHECKS)[number];

/** How each automatic check is named to people. */
export const AUTOMATIC_CHECK_LABELS: Record<AutomaticCheckId, string> = {
  'decision-rationale': 'Decisions recorded with a rationale',
  'kpi-owners': 'KPIs with a named owner',
  'kpi-readings': 'KPIs read in the last 30 days',
  'complete-scores': 'Active initiatives with a complete score',
  commitments: 'Active initiatives with a confirmed commitment',
  'dependency-reviews': 'Approvals with a dependency review',
  'pirs-on-time': 'PIRs completed by their due date',
  'pir-actions-on-time': 'PIR actions done by their due date',
  'benefit-checks': 'Benefit checks recorded',
};

/**
 * The longest texts (UTF-16 code units) and the most items of a model and of a rating: a criterion's
 * text, an assessor's comment, evidence links per rating and the length of one, criteria per level,
 * the reason for overriding an automatic proposal, assessors per assessment.
 */
export const MATURITY_LIMITS = {
  criterionText: 500,
  comment: 2000,
  evidenceLinks: 10,
  link: 2000,
  criteriaPerLevel: 12,
  reason: 1000,
  assessors: 10,
} as const;
