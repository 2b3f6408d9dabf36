/**
 * The closed choices of a checkpoint's success criteria (issue 10 item 2), declared once: how much a
 * criterion counts, what kind it is, and how a person judged a manual statement.
 *
 * @example
 * CRITERION_PRIORITIES.includes('must'); // true
 */
export const CRITERION_PRIORITIES = ['must', 'should'] as const;
export type CriterionPriority = (typeof CRITERION_PRIORITIES)[number];

/** A metric-based criterion (a KPI against its baseline) or a manual statement judged by a person. */
export const CRITERION_KINDS = ['metric', 'manual'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

/** How a manual statement was judged. */
export const MANUAL_JUDGEMENTS = ['met', 'not-met', 'not-judged'] as const;
export type ManualJudgement = (typeof MANUAL_JUDGEMENTS)[number];

/** What a criterion's evaluation found: met, not met, or not yet measured / judged. */
export const CRITERION_OUTCOMES = ['met', 'not-met', 'not-yet'] as const;
export type CriterionOutcome = (typeof CRITERION_OUTCOMES)[number];
