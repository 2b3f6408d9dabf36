/**
 * The kinds of pause / terminate criteria an initiative declares when it is approved (issue 10
 * item 4), declared once: the domain evaluates each after a checkpoint decision, a re-score and a
 * commitment change.
 *
 * @example
 * STOP_CRITERION_KINDS.includes('pause-if-score-below'); // true
 */
export const STOP_CRITERION_KINDS = [
  'terminate-if-no-kpi-gain',
  'pause-if-score-below',
  'pause-if-commitment-lapsed',
] as const;

/** One of {@link STOP_CRITERION_KINDS}. */
export type StopCriterionKind = (typeof STOP_CRITERION_KINDS)[number];

/** The ranges a criterion's parameters take and how many an initiative declares, with the kinds. */
export const STOP_CRITERIA_LIMITS = {
  checkpoints: { min: 1, max: 20, whole: true },
  score: { min: 0, max: 100, minMagnitude: 0.1 },
  criteria: 10,
} as const;
