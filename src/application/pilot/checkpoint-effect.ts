import type { DecisionEntry } from '../../domain/decision-log/decision-entry';
import { VERDICT_WORDS, type CheckpointVerdict } from '../../domain/decision-log/decision.vocabulary';
import { err, type DomainError, type Result } from '../../domain/result';
import { lifecycleOf, moveLifecycle } from '../lifecycle/lifecycle-state';
import { refreshTriggers } from '../stop-criteria/refresh-triggers';
import { stopFacts } from '../stop-criteria/stop-facts';
import { HISTORY_LIMIT, RECENT_DECISIONS, type InitiativeRecord, type UserRefRecord } from '../initiative-record';
import type { StageStatusMap } from '../../domain/lifecycle/stage-status-map';
import { VERDICT_EVENTS } from '../../domain/lifecycle/verdict-events';
import type { CheckpointDecisionRecord, CheckpointRecord } from './checkpoint-record';
import { inEffect } from './checkpoint-view';
import type { PilotRecord } from './pilot-record';

/** A refusal keyed by field, nothing written. */
export function refuse(field: string, message: string, code = 'INVALID_INPUT'): Result<never> {
  return err({ code, message, fieldErrors: { [field]: [message] } });
}

/** A Jira issue key's project key (`CSI-12` → `CSI`: project keys have no dash). */
export const projectKeyOf = (issueKey: string): string => issueKey.slice(0, issueKey.lastIndexOf('-'));

/** The checkpoint of a pilot by id, or undefined. */
export const checkpointOf = (pilot: PilotRecord | undefined, id: string): CheckpointRecord | undefined =>
  pilot?.checkpoints.find((c) => c.id === id);

/**
 * Whether the lifecycle takes this verdict now (a terminated or rejected initiative takes no
 * checkpoint decision, say): the refusal to answer before anything is logged, or undefined.
 */
export function lifecycleRefusal(
  record: InitiativeRecord,
  verdict: CheckpointVerdict,
  stages: StageStatusMap,
  at: string,
): DomainError | undefined {
  const moved = moveLifecycle(record, VERDICT_EVENTS[verdict], { at, stages });
  if (moved.ok) return undefined;
  return { code: 'PRECONDITION_FAILED', message: moved.error.message, fieldErrors: { verdict: [moved.error.message] } };
}

/**
 * The initiative after a checkpoint decision's log entry (the decision itself or its override's
 * confirmation): a copy of the entry in its recent decisions and history and, when the decision is
 * in effect, the latest checkpoint, the lifecycle move and the pause / terminate triggers
 * re-evaluated over `pilotAfter` (the pilot with this decision). Written in the same transaction as the
 * pilot's checkpoint, so the stored decision and the stage never disagree. A lifecycle that no
 * longer takes the verdict (changed since the check) keeps its stage.
 */
export function applyToInitiative(
  record: InitiativeRecord,
  checkpoint: CheckpointRecord,
  decision: CheckpointDecisionRecord,
  entry: DecisionEntry,
  actor: UserRefRecord,
  stages: StageStatusMap,
  pilotAfter: PilotRecord,
): InitiativeRecord {
  if (record.decisions.some((d) => d.seq === entry.seq)) return record;
  const copy = { seq: entry.seq, type: entry.type, summary: entry.summary, at: entry.at, actor };
  const row = { at: entry.at, actor, change: entry.summary, score: record.computed.score };
  const next: InitiativeRecord = {
    ...record,
    decisions: [copy, ...record.decisions].slice(0, RECENT_DECISIONS),
    history: [row, ...record.history].slice(0, HISTORY_LIMIT),
  };
  if (!inEffect(decision)) return next;
  const withCopy = { ...next, latestCheckpoint: `${checkpoint.name}: ${VERDICT_WORDS[decision.verdict]}` };
  const moved = moveLifecycle(withCopy, VERDICT_EVENTS[decision.verdict], { at: entry.at, stages });
  const after = moved.ok ? moved.value : withCopy;
  // The pause / terminate criteria are evaluated after each checkpoint decision (issue 10 item 4),
  // over the pilot as it will be stored, in the same transaction.
  const facts = stopFacts(after, lifecycleOf(after, stages).stage, pilotAfter, entry.at);
  return { ...after, triggers: refreshTriggers(after.triggers, after.stopCriteria, facts, entry.at) };
}

/** The pilot with one checkpoint's decision replaced. */
export function withDecision(
  pilot: PilotRecord,
  checkpointId: string,
  decision: CheckpointDecisionRecord,
): PilotRecord {
  return {
    ...pilot,
    checkpoints: pilot.checkpoints.map((c) => (c.id === checkpointId ? { ...c, decision } : c)),
  };
}
