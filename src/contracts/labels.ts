import type { DECISION_TYPES } from './decision-log.contract';

/** How each decision kind is named to people, on both sides of the bridge (exports included). */
export const DECISION_TYPE_LABELS: Record<(typeof DECISION_TYPES)[number], string> = {
  'proposal-rejected': 'Proposal rejected',
  'checkpoint-decision': 'Checkpoint decision',
  override: 'Override',
  pause: 'Pause',
  terminate: 'Terminate',
  resume: 'Resume',
  'scoring-config-changed': 'Scoring configuration changed',
  'pir-completed': 'PIR completed',
  correction: 'Correction',
};
