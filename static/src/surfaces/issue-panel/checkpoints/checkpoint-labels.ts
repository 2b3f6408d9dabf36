import type { CheckpointDecisionView } from '@contracts/checkpoint.contract';

type CheckpointVerdict = CheckpointDecisionView['verdict'];

/** How each verdict reads and looks: the word is always shown, so colour is never the only cue. */
export const VERDICT_LABELS: Record<CheckpointVerdict, string> = { go: 'Go', 'no-go': 'No-go', hold: 'Hold' };
export const VERDICT_APPEARANCE = { go: 'success', 'no-go': 'removed', hold: 'moved' } as const;

export const OUTCOME_LABELS = { met: 'Met', 'not-met': 'Not met', 'not-yet': 'Not yet' } as const;
export const OUTCOME_APPEARANCE = { met: 'success', 'not-met': 'removed', 'not-yet': 'default' } as const;

export const VERDICT_CHOICES = [
  { value: 'go' as const, label: 'Go' },
  { value: 'hold' as const, label: 'Hold' },
  { value: 'no-go' as const, label: 'No-go' },
];

export const JUDGEMENT_CHOICES = [
  { value: 'met' as const, label: 'Met' },
  { value: 'not-met' as const, label: 'Not met' },
  { value: 'not-judged' as const, label: 'Not judged yet' },
];
