/**
 * The words of the decision log, declared once: the kinds of decision and the closed choices inside
 * them. The contracts, the UI, the exports and the demo data import them from here.
 *
 * @example
 * DECISION_TYPES.includes('pause'); // true
 */
export const DECISION_TYPES = [
  'proposal-rejected',
  'checkpoint-decision',
  'override',
  'pause',
  'terminate',
  'resume',
  'scoring-config-changed',
  'pir-completed',
  'correction',
  'reopen',
  'maturity-assessed',
] as const;
export type DecisionType = (typeof DECISION_TYPES)[number];

/** Why a proposal was rejected. */
export const REASON_CATEGORIES = [
  'not-aligned',
  'low-value',
  'duplicate',
  'no-capacity',
  'risk-too-high',
  'superseded',
  'other',
] as const;
export type RejectionReason = (typeof REASON_CATEGORIES)[number];

/** How each rejection reason is named to people: the panel's choices, the log's summaries, the exports. */
export const REJECTION_REASON_LABELS: Record<RejectionReason, string> = {
  'not-aligned': 'Not aligned with strategy',
  'low-value': 'Low value',
  duplicate: 'Duplicate',
  'no-capacity': 'No capacity',
  'risk-too-high': 'Risk too high',
  superseded: 'Superseded',
  other: 'Other reason',
};

/** A checkpoint's verdict (and the recommended one). */
export const VERDICTS = ['go', 'no-go', 'hold'] as const;
export type CheckpointVerdict = (typeof VERDICTS)[number];

/** How a verdict reads in the log's summaries and the record's copy of it ("Week 4: NO-GO"). */
export const VERDICT_WORDS: Record<CheckpointVerdict, string> = { go: 'GO', 'no-go': 'NO-GO', hold: 'HOLD' };

/** The verdict a word of `VERDICT_WORDS` stands for, or null for any other text. */
export function verdictOfWord(word: string): CheckpointVerdict | null {
  return VERDICTS.find((v) => VERDICT_WORDS[v] === word) ?? null;
}

/** How a post-implementation review judged the outcome. */
export const PIR_OUTCOMES = ['met', 'partly-met', 'not-met'] as const;
export type PirOutcome = (typeof PIR_OUTCOMES)[number];

/** How an outcome (a PIR's, or one objective's result) reads. */
export const PIR_OUTCOME_LABELS: Record<PirOutcome, string> = {
  met: 'Met',
  'partly-met': 'Partly met',
  'not-met': 'Not met',
};

/** What an override overrode. */
export const OVERRIDDEN = ['checkpoint-recommendation', 'gate', 'pause-terminate-trigger'] as const;
export type Overridden = (typeof OVERRIDDEN)[number];
