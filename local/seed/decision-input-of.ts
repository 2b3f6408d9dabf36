import type { DecisionInput } from '../../src/contracts/decision-input';
import type { DecisionDraft } from '../../src/domain/decision-log/decision-entry';

/**
 * What a CSI admin would have typed into the panel's decision form for a demo decision, so the demo
 * replays decisions through the same use case as the panel (summaries are the app's own).
 */
export function decisionInputOf(draft: DecisionDraft): DecisionInput | undefined {
  const { rationale, optionsConsidered } = draft;
  switch (draft.type) {
    case 'checkpoint-decision':
      return {
        type: draft.type,
        checkpointName: draft.payload.checkpointName,
        verdict: draft.payload.verdict,
        recommended: draft.payload.recommended,
        rationale,
        optionsConsidered,
      };
    case 'override':
      return {
        type: draft.type,
        overridden: draft.payload.overridden,
        recommended: draft.payload.recommended,
        decided: draft.payload.decided,
        rationale,
        optionsConsidered,
      };
    case 'pause':
    case 'terminate':
      return {
        type: draft.type,
        ...(draft.payload.trigger ? { trigger: draft.payload.trigger } : {}),
        rationale,
        optionsConsidered,
      };
    case 'resume':
      return { type: draft.type, rationale };
    case 'pir-completed':
      return {
        type: draft.type,
        outcome: draft.payload.outcome,
        residualRisks: draft.payload.residualRisks,
        rationale,
      };
    case 'correction':
      return { type: draft.type, correctsSeq: draft.payload.correctsSeq, rationale };
    default:
      return undefined;
  }
}
