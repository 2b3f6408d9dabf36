import { REJECTION_REASON_LABELS, type RejectionReason } from './decision.vocabulary';
import type { DecisionDraft } from './decision-entry';
import type { DecidedInitiative } from './draft-initiative-decision';

/** A rejection as the domain takes it: the shape of `issuePanel.reject`'s input. */
export interface RejectionRequest {
  reasonCategory: RejectionReason;
  rationale: string;
  optionsConsidered: string[];
  revisitIf?: string | undefined;
}

/**
 * The decision-log draft of a rejection: its reason named in the summary people read in the log
 * ("Rejected CSI-6: low value"), the options considered and what would make it worth revisiting.
 * Whether the initiative may be rejected now is the lifecycle's rule, checked before. Pure.
 *
 * @example
 * draftRejection({ subject, score: 41 }, { reasonCategory: 'duplicate', rationale: 'See CSI-2', optionsConsidered: [] });
 * // { type: 'proposal-rejected', summary: 'Rejected CSI-6: duplicate', payload: { reasonCategory: 'duplicate' }, ... }
 */
export function draftRejection(
  initiative: Pick<DecidedInitiative, 'subject' | 'score'>,
  input: RejectionRequest,
): DecisionDraft {
  const reason = REJECTION_REASON_LABELS[input.reasonCategory].toLowerCase();
  return {
    type: 'proposal-rejected',
    subject: initiative.subject,
    summary: `Rejected ${initiative.subject.issueKey}: ${reason}`.slice(0, 300),
    rationale: input.rationale,
    optionsConsidered: input.optionsConsidered,
    scoresAtTime: { score: initiative.score },
    ...(input.revisitIf ? { revisitIf: input.revisitIf } : {}),
    payload: { reasonCategory: input.reasonCategory },
  };
}
