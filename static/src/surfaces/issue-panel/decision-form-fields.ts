import type { DecisionInput } from '@contracts/decision-input';

export type DecisionType = DecisionInput['type'];

/**
 * The decision kinds the panel form records, in the order a CAB meets them. Checkpoint verdicts are
 * decided in the Pilot tab, against the checkpoint's criteria (with its recommendation, the second
 * admin's confirmation of an override and the rollback issue of a no-go), not here.
 */
export const DECISION_CHOICES: Array<{ value: DecisionType; label: string }> = [
  { value: 'pause', label: 'Pause' },
  { value: 'resume', label: 'Resume' },
  { value: 'terminate', label: 'Terminate' },
  { value: 'reopen', label: 'Reopen (a rejected or terminated initiative goes back under review)' },
  { value: 'override', label: 'Override a recommendation or gate' },
  { value: 'pir-completed', label: 'PIR completed' },
  { value: 'correction', label: 'Correction of an earlier decision' },
];

export interface DecisionDraftState {
  type: DecisionType | null;
  checkpointName: string;
  verdict: 'go' | 'no-go' | 'hold' | null;
  recommended: 'go' | 'no-go' | 'hold' | null;
  trigger: string;
  overridden: 'checkpoint-recommendation' | 'gate' | 'pause-terminate-trigger' | null;
  overrideRecommended: string;
  decided: string;
  outcome: 'met' | 'partly-met' | 'not-met' | null;
  residualRisks: string[];
  correctsSeq: string;
  rationale: string;
  options: string[];
}

export const EMPTY_DECISION: DecisionDraftState = {
  type: null,
  checkpointName: '',
  verdict: null,
  recommended: null,
  trigger: '',
  overridden: null,
  overrideRecommended: '',
  decided: '',
  outcome: null,
  residualRisks: [],
  correctsSeq: '',
  rationale: '',
  options: [],
};

/**
 * The payload for the chosen kind. Unchosen selects go through as they are so that the contract's
 * schema (client- and server-side) names the missing field, instead of the form guessing.
 */
export function decisionPayload(d: DecisionDraftState): { decision: DecisionInput } {
  const common = { rationale: d.rationale, optionsConsidered: d.options };
  const byType: Record<DecisionType, unknown> = {
    'checkpoint-decision': {
      type: 'checkpoint-decision',
      checkpointName: d.checkpointName,
      verdict: d.verdict,
      recommended: d.recommended,
      ...common,
    },
    pause: { type: 'pause', ...(d.trigger.trim() ? { trigger: d.trigger } : {}), ...common },
    terminate: { type: 'terminate', ...(d.trigger.trim() ? { trigger: d.trigger } : {}), ...common },
    resume: { type: 'resume', rationale: d.rationale },
    reopen: { type: 'reopen', rationale: d.rationale },
    override: {
      type: 'override',
      overridden: d.overridden,
      recommended: d.overrideRecommended,
      decided: d.decided,
      ...common,
    },
    'pir-completed': {
      type: 'pir-completed',
      outcome: d.outcome,
      residualRisks: d.residualRisks,
      rationale: d.rationale,
    },
    correction: {
      type: 'correction',
      correctsSeq: d.correctsSeq.trim() === '' ? null : Number(d.correctsSeq),
      rationale: d.rationale,
    },
  };
  return { decision: byType[d.type ?? 'checkpoint-decision'] as DecisionInput };
}
