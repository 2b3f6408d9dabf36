import type { PanelData } from '../../contracts/issue-panel.contract';
import { confirmOverride } from '../../domain/checkpoints/confirm-override';
import { draftOverrideConfirmation } from '../../domain/checkpoints/draft-checkpoint-decision';
import type { DecisionEntry } from '../../domain/decision-log/decision-entry';
import { err, ok, type Result } from '../../domain/result';
import type { StageStatusMap } from '../../domain/lifecycle/stage-status-map';
import { decisionSubjectOf, type InitiativeRecord } from '../initiative-record';
import { recordDecision } from '../decisions/record-decision.use-case';
import { getPanel } from '../scoring/get-panel.use-case';
import { priorDecision } from '../scoring/decision-once';
import type { PanelCaller } from '../scoring/panel.ports';
import { notTakingPart } from '../scoring/takes-part';
import { applyToInitiative, checkpointOf, lifecycleRefusal, refuse, withDecision } from './checkpoint-effect';
import type { CheckpointDecisionRecord, CheckpointRecord } from './checkpoint-record';
import { ensureRollbackIssue } from './checkpoint-rollback';
import type { CheckpointDeps } from './checkpoint.ports';

/**
 * A second CSI admin confirms an override (a checkpoint decision against the recommendation), which
 * then takes effect: the lifecycle moves and a no-go gets its rollback issue. The confirmation is an
 * `override` entry in the decision log (what was overridden, the recommendation, the decision, the
 * checkpoint), once per request id; the checkpoint and the initiative change in one transaction.
 *
 * Refused with nothing written: an unknown or undecided checkpoint, a decision that is no override
 * or is confirmed already, the decider confirming their own override (`confirmedBy`), a lifecycle
 * stage that no longer takes the verdict.
 */
export async function confirmCheckpointOverride(
  deps: CheckpointDeps,
  caller: PanelCaller,
  checkpointId: string,
  requestId: string,
): Promise<Result<PanelData>> {
  const requestKey = deps.requests.key(caller.accountId, requestId);
  const prior = await priorDecision(deps.decisions, requestKey);
  if (prior.state === 'other') return getPanel(deps, caller);
  const { config } = await deps.settings.load();
  const refused = prior.state === 'none' ? notTakingPart(config, caller) : undefined;
  if (refused) return refused;
  const [read, stages] = await Promise.all([deps.pilots.readWithInitiative(caller.issue.id), deps.workflow.stages()]);
  const checkpoint = checkpointOf(read.pilot, checkpointId);
  if (!checkpoint) return refuse('checkpointId', 'This initiative has no such checkpoint: reload the panel.');
  const decision = checkpoint.decision;
  if (!decision || !read.record) return refuse('checkpointId', `${checkpoint.name} is not decided yet.`);
  const logged =
    prior.state === 'logged'
      ? sameConfirmation(prior.entry, checkpoint.id)
      : await logConfirmation(deps, caller, read.record, checkpoint, decision, stages, requestKey);
  if (!logged.ok) return logged;
  const entry = logged.value;
  const confirmer = { accountId: entry.actor, displayName: entry.actorName ?? entry.actor };
  const stored: CheckpointDecisionRecord = {
    ...decision,
    confirmedBy: confirmer.accountId,
    confirmedByName: confirmer.displayName,
    confirmedAt: entry.at,
    confirmSeq: entry.seq,
  };
  const after = await deps.pilots.updateWithInitiative(caller.issue.id, (record, pilot) => {
    const current = checkpointOf(pilot, checkpoint.id)?.decision;
    // The decision it confirms, not confirmed yet (else a retry, or the decision was replaced).
    if (!current || current.seq !== decision.seq || current.confirmedBy !== undefined) {
      return Promise.resolve(undefined);
    }
    const pilotAfter = withDecision(pilot, checkpoint.id, stored);
    return Promise.resolve({
      record: applyToInitiative(record, checkpoint, stored, entry, confirmer, stages, pilotAfter),
      pilot: pilotAfter,
    });
  });
  const now = checkpointOf(after.pilot, checkpoint.id)?.decision;
  if (after.record && now?.confirmSeq === entry.seq && now.verdict === 'no-go') {
    await ensureRollbackIssue(deps, after.record, checkpoint.id);
  }
  return getPanel(deps, caller);
}

/** The entry a retry found, when it confirms this checkpoint (else the id was reused: CONFLICT). */
function sameConfirmation(entry: DecisionEntry, checkpointId: string): Result<DecisionEntry> {
  if (entry.type === 'override' && entry.payload.referenceId === checkpointId) return ok(entry);
  return err({ code: 'CONFLICT', message: 'This request was already used for another decision. Reload.' });
}

/** Checks a first call's confirmation (domain `confirmOverride`, the lifecycle) and appends its `override` entry. */
async function logConfirmation(
  deps: CheckpointDeps,
  caller: PanelCaller,
  record: InitiativeRecord,
  checkpoint: CheckpointRecord,
  decision: CheckpointDecisionRecord,
  stages: StageStatusMap,
  requestKey: string,
): Promise<Result<DecisionEntry>> {
  const at = deps.clock.now();
  const confirmed = confirmOverride(decision, { accountId: caller.accountId, isCsiAdmin: caller.isCsiAdmin }, at);
  if (!confirmed.ok) return confirmed;
  const blocked = lifecycleRefusal(record, decision.verdict, stages, at);
  if (blocked) return err(blocked);
  const decider = decision.deciderName ?? decision.deciderId;
  return recordDecision(
    deps.decisions,
    draftOverrideConfirmation({ subject: decisionSubjectOf(record), score: record.computed.score }, checkpoint, {
      ...decision,
      decider,
    }),
    await deps.identity.currentUser(),
    at,
    { requestKey },
  );
}
