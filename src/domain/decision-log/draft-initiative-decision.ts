import { VERDICT_WORDS, type CheckpointVerdict, type Overridden, type PirOutcome } from './decision.vocabulary';
import type { DecisionDraft } from './decision-entry';
import { err, ok, type Result } from '../result';

/**
 * A decision a CSI admin records about one initiative from its panel, as the domain takes it: the
 * shape of `issuePanel.recordDecision`'s `decision` (src/contracts/decision-input.ts, checked to be
 * assignable where the use case calls this). Rejections have their own draft.
 */
export type InitiativeDecisionRequest =
  | {
      type: 'checkpoint-decision';
      checkpointName: string;
      verdict: CheckpointVerdict;
      recommended: CheckpointVerdict;
      rationale: string;
      optionsConsidered: string[];
    }
  | {
      type: 'override';
      overridden: Overridden;
      recommended: string;
      decided: string;
      rationale: string;
      optionsConsidered: string[];
    }
  | { type: 'pause' | 'terminate'; trigger?: string | undefined; rationale: string; optionsConsidered: string[] }
  | { type: 'resume'; rationale: string }
  | { type: 'reopen'; rationale: string }
  | { type: 'pir-completed'; outcome: PirOutcome; residualRisks: string[]; rationale: string }
  | { type: 'correction'; correctsSeq: number; rationale: string };

/** What the draft needs to know about the initiative. */
export interface DecidedInitiative {
  subject: { issueKey: string; issueId: string; projectKey: string };
  score: number | null;
  /** Its recent decisions, newest first (a resume names the pause; a correction one of these). */
  recentDecisions: ReadonlyArray<{ seq: number; type: string }>;
  /** Where a reopen comes from. */
  reopenedFrom: 'rejected' | 'terminated';
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'checkpoint';

/** A free-text checkpoint verdict's summary and payload (an override when it differs from the recommendation). */
function checkpointVerdict(key: string, input: Extract<InitiativeDecisionRequest, { type: 'checkpoint-decision' }>) {
  const override = input.verdict !== input.recommended;
  const also = override ? ` (override of ${VERDICT_WORDS[input.recommended]})` : '';
  return {
    summary: `${input.checkpointName}: ${VERDICT_WORDS[input.verdict]} for ${key}${also}`,
    payload: {
      checkpointId: `${key}-${slug(input.checkpointName)}`,
      checkpointName: input.checkpointName,
      verdict: input.verdict,
      recommended: input.recommended,
      override,
    },
  };
}

/**
 * The decision-log draft of a panel decision: its typed payload and a summary people read in the
 * log ("Week 4: NO-GO for CSI-6 (override of GO)", "Paused CSI-6: score fell below 40"). The rules
 * that depend on where the initiative stands (may it be paused, resumed, reopened) are the
 * lifecycle's, checked before; a correction must name one of the initiative's recent decisions.
 * Pure: the caller appends the draft after `validateDecisionDraft`.
 *
 * @example
 * draftInitiativeDecision(initiative, { type: 'resume', rationale: 'Budget back' });
 * // ok({ type: 'resume', summary: 'Resumed CSI-6', payload: { pausedSeq: 12 }, ... })
 */
export function draftInitiativeDecision(
  initiative: DecidedInitiative,
  input: InitiativeDecisionRequest,
): Result<DecisionDraft> {
  const base = { subject: initiative.subject, rationale: input.rationale, scoresAtTime: { score: initiative.score } };
  const key = initiative.subject.issueKey;
  const draft = (type: DecisionDraft['type'], summary: string, payload: object, optionsConsidered: string[] = []) =>
    ok({ ...base, type, summary: summary.slice(0, 300), optionsConsidered, payload } as DecisionDraft);
  switch (input.type) {
    case 'checkpoint-decision': {
      const { summary, payload } = checkpointVerdict(key, input);
      return draft(input.type, summary, payload, input.optionsConsidered);
    }
    case 'override':
      return draft(
        input.type,
        `Override on ${key}: ${input.decided} instead of ${input.recommended}`,
        { overridden: input.overridden, recommended: input.recommended, decided: input.decided },
        input.optionsConsidered,
      );
    case 'pause':
    case 'terminate': {
      const verb = input.type === 'pause' ? 'Paused' : 'Terminated';
      const payload = input.trigger ? { trigger: input.trigger } : {};
      return draft(
        input.type,
        `${verb} ${key}${input.trigger ? `: ${input.trigger}` : ''}`,
        payload,
        input.optionsConsidered,
      );
    }
    case 'resume': {
      const paused = initiative.recentDecisions.find((d) => d.type === 'pause');
      return draft(input.type, `Resumed ${key}`, paused ? { pausedSeq: paused.seq } : {});
    }
    case 'reopen':
      return draft(input.type, `Reopened ${key} (was ${initiative.reopenedFrom}): back under review`, {
        fromStage: initiative.reopenedFrom,
      });
    case 'pir-completed':
      return draft(input.type, `PIR completed for ${key}: ${input.outcome.replace('-', ' ')}`, {
        pirId: `pir-${key}`,
        outcome: input.outcome,
        residualRisks: input.residualRisks,
      });
    case 'correction':
      if (!initiative.recentDecisions.some((d) => d.seq === input.correctsSeq)) {
        const message = `#${input.correctsSeq} is not one of the recent decisions about ${key}.`;
        return err({ code: 'INVALID_INPUT', message, fieldErrors: { correctsSeq: [message] } });
      }
      return draft(input.type, `Correction of #${input.correctsSeq} about ${key}`, { correctsSeq: input.correctsSeq });
  }
}
