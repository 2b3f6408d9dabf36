import type { DecisionDraft } from '../decision-log/decision-entry';
import { VERDICT_WORDS } from '../decision-log/decision.vocabulary';
import type { DecidedInitiative } from '../decision-log/draft-initiative-decision';
import type { CheckpointDecision } from './checkpoint-decision';

type Initiative = Pick<DecidedInitiative, 'subject' | 'score'>;
type Decided = Pick<CheckpointDecision, 'verdict' | 'recommended' | 'override' | 'rationale'>;

/**
 * The decision-log draft of a validated checkpoint decision ("Week 4: NO-GO for CSI-6"); an
 * override reads "(override of GO, awaiting confirmation)" until a second CSI admin confirms it.
 * Pure: `validateCheckpointDecision` and the lifecycle are checked before.
 *
 * @example
 * draftCheckpointDecision({ subject, score: 70 }, { id: 'cp-1', name: 'Week 4' }, { verdict: 'go', recommended: 'go', override: false, rationale: 'Met' });
 * // { type: 'checkpoint-decision', summary: 'Week 4: GO for CSI-6', payload: { checkpointId: 'cp-1', ... } }
 */
export function draftCheckpointDecision(
  initiative: Initiative,
  checkpoint: { id: string; name: string },
  decision: Decided,
): DecisionDraft {
  const awaiting = decision.override
    ? ` (override of ${VERDICT_WORDS[decision.recommended]}, awaiting confirmation)`
    : '';
  return {
    type: 'checkpoint-decision',
    subject: initiative.subject,
    summary:
      `${checkpoint.name}: ${VERDICT_WORDS[decision.verdict]} for ${initiative.subject.issueKey}${awaiting}`.slice(
        0,
        300,
      ),
    rationale: decision.rationale,
    optionsConsidered: [],
    scoresAtTime: { score: initiative.score },
    payload: {
      checkpointId: checkpoint.id,
      checkpointName: checkpoint.name,
      verdict: decision.verdict,
      recommended: decision.recommended,
      override: decision.override,
    },
  };
}

/**
 * The `override` entry a second CSI admin's confirmation lands as: what was overridden (the
 * checkpoint's recommendation), the decided and recommended verdicts, the checkpoint, and a
 * rationale that names the decision confirmed and its decider. Pure: `confirmOverride` decides
 * before whether this admin may confirm.
 */
export function draftOverrideConfirmation(
  initiative: Initiative,
  checkpoint: { id: string; name: string },
  decision: Decided & { seq: number; decider: string },
): DecisionDraft {
  const [decided, recommended] = [VERDICT_WORDS[decision.verdict], VERDICT_WORDS[decision.recommended]];
  const key = initiative.subject.issueKey;
  return {
    type: 'override',
    subject: initiative.subject,
    summary: `Override confirmed on ${key}: ${checkpoint.name} ${decided} instead of ${recommended}`.slice(0, 300),
    rationale: `Second CSI admin confirms #${decision.seq} by ${decision.decider}: ${decision.rationale}`.slice(
      0,
      4000,
    ),
    optionsConsidered: [],
    scoresAtTime: { score: initiative.score },
    payload: {
      overridden: 'checkpoint-recommendation',
      recommended: decision.recommended,
      decided: decision.verdict,
      referenceId: checkpoint.id,
    },
  };
}
