import type { DecisionType } from '../domain/decision-log/decision.vocabulary';

export { PIR_OUTCOME_LABELS, REJECTION_REASON_LABELS } from '../domain/decision-log/decision.vocabulary';

/** How each decision kind is named to people, on both sides of the bridge (exports included). */
export const DECISION_TYPE_LABELS: Record<DecisionType, string> = {
  'proposal-rejected': 'Proposal rejected',
  'checkpoint-decision': 'Checkpoint decision',
  override: 'Override',
  pause: 'Pause',
  terminate: 'Terminate',
  resume: 'Resume',
  'scoring-config-changed': 'Scoring configuration changed',
  'pir-completed': 'PIR completed',
  correction: 'Correction',
  reopen: 'Reopen',
  'maturity-assessed': 'Maturity assessed',
};
