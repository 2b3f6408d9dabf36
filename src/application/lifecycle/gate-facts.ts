import { commitmentState } from '../../domain/commitments/commitment-state';
import { isDependencyReviewCurrent } from '../../domain/dependencies/is-dependency-review-current';
import { verdictOfWord, type CheckpointVerdict } from '../../domain/decision-log/decision.vocabulary';
import type { GateConditionFacts } from '../../domain/lifecycle/gate-condition-facts';
import type { InitiativeRecord } from '../initiative-record';
import type { PilotRecord } from '../pilot/pilot-record';

/**
 * The latest checkpoint decision in effect, by `decidedAt` (ties: the later in the list); an
 * override awaiting its second admin's confirmation is not in effect (the rule of the domain's
 * `latestVerdict`, here with the checkpoint's name for the refusal message).
 */
function latestCheckpointOf(pilot: PilotRecord | undefined): GateConditionFacts['latestCheckpoint'] {
  let latest: { name: string; verdict: CheckpointVerdict; decidedAt: string } | null = null;
  for (const checkpoint of pilot?.checkpoints ?? []) {
    const decision = checkpoint.decision;
    if (!decision || (decision.override && decision.confirmedBy === undefined)) continue;
    if (latest === null || decision.decidedAt >= latest.decidedAt)
      latest = { name: checkpoint.name, verdict: decision.verdict, decidedAt: decision.decidedAt };
  }
  return latest && { name: latest.name, verdict: latest.verdict };
}

/** The record's copy of a checkpoint decided before pilots had checkpoints ("Week 4: GO"). */
function copiedCheckpoint(copy: string | null | undefined): GateConditionFacts['latestCheckpoint'] {
  if (!copy) return null;
  const at = copy.lastIndexOf(':');
  const verdict = verdictOfWord(copy.slice(at + 1).trim());
  return verdict && at > 0 ? { name: copy.slice(0, at).trim(), verdict } : null;
}

/**
 * What the configured gate conditions look at, from the initiative and its pilot as stored:
 * the score's completeness and the MVI check (none without a record), the commitments not
 * expired `today` (YYYY-MM-DD) by state, whether the dependency review covers the services named
 * now, and the latest checkpoint decision in effect (the pilot's checkpoints; for an initiative
 * whose pilot has none decided, the checkpoint recorded in the older free-text way, if any).
 */
export function gateFactsOf(
  record: InitiativeRecord | undefined,
  pilot: PilotRecord | undefined,
  today: string,
): GateConditionFacts {
  const states = (pilot?.commitments ?? []).map((c) => commitmentState(c, today));
  return {
    score: record ? { complete: record.computed.complete, missingCriteria: record.computed.missing } : null,
    mvi: record ? record.computed.mvi : { status: 'missing', message: '' },
    commitments: {
      confirmed: states.filter((s) => s === 'confirmed').length,
      requested: states.filter((s) => s === 'requested').length,
    },
    dependencyReviewDone: pilot ? isDependencyReviewCurrent(pilot.dependencyReview, pilot.services) : false,
    latestCheckpoint: latestCheckpointOf(pilot) ?? copiedCheckpoint(record?.latestCheckpoint),
  };
}
