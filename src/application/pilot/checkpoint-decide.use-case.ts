import type { PanelData } from '../../contracts/issue-panel.contract';
import { recommendVerdict } from '../../domain/checkpoints/recommend-verdict';
import { validateCheckpointDecision } from '../../domain/checkpoints/validate-checkpoint-decision';
import type { DecisionEntry } from '../../domain/decision-log/decision-entry';
import { VERDICT_WORDS, type CheckpointVerdict } from '../../domain/decision-log/decision.vocabulary';
import { draftCheckpointDecision } from '../../domain/checkpoints/draft-checkpoint-decision';
import { err, ok, type Result } from '../../domain/result';
import type { StageStatusMap } from '../../domain/lifecycle/stage-status-map';
import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import { decisionSubjectOf, type InitiativeRecord } from '../initiative-record';
import { recordDecision } from '../decisions/record-decision.use-case';
import { getPanel } from '../scoring/get-panel.use-case';
import { priorDecision } from '../scoring/decision-once';
import type { PanelCaller } from '../scoring/panel.ports';
import { newInitiative } from '../scoring/new-initiative';
import { notTakingPart } from '../scoring/takes-part';
import { applyToInitiative, checkpointOf, lifecycleRefusal, refuse, withDecision } from './checkpoint-effect';
import { ensureInitiative } from './checkpoint-initiative';
import type { CheckpointDecisionRecord, CheckpointRecord } from './checkpoint-record';
import { ensureRollbackIssue } from './checkpoint-rollback';
import { decidable, inEffect } from './checkpoint-view';
import type { CheckpointDeps } from './checkpoint.ports';

export interface CheckpointDecisionInput {
  checkpointId: string;
  verdict: CheckpointVerdict;
  rationale: string;
}

/**
 * A CSI admin decides a checkpoint: go, no-go or hold, with a rationale, against the domain's
 * recommendation. The decision is a `checkpoint-decision` entry in the decision log (its request id
 * commits with the entry, so a retry finds it and never appends again), then lands on the
 * checkpoint and the initiative in one transaction. One that follows the recommendation takes
 * effect at once: the lifecycle moves and a no-go gets its rollback issue. An override is marked
 * and waits for a second CSI admin (`confirmCheckpointOverride`). A retry completes whatever the
 * first call left undone (the stored decision, the rollback issue).
 *
 * Refused with nothing written: an unknown checkpoint, one already decided go or no-go, a rationale
 * without visible text, a lifecycle stage that takes no checkpoint decision.
 */
export async function decideCheckpoint(
  deps: CheckpointDeps,
  caller: PanelCaller,
  input: CheckpointDecisionInput,
  requestId: string,
): Promise<Result<PanelData>> {
  const requestKey = deps.requests.key(caller.accountId, requestId);
  const prior = await priorDecision(deps.decisions, requestKey);
  if (prior.state === 'other') return getPanel(deps, caller);
  const { config } = await deps.settings.load();
  const refused = prior.state === 'none' ? notTakingPart(config, caller) : undefined;
  if (refused) return refused;
  const [read, stages] = await Promise.all([deps.pilots.readWithInitiative(caller.issue.id), deps.workflow.stages()]);
  const checkpoint = checkpointOf(read.pilot, input.checkpointId);
  if (!checkpoint) return refuse('checkpointId', 'This initiative has no such checkpoint: reload the panel.');
  const logged =
    prior.state === 'logged'
      ? sameDecision(prior.entry, checkpoint.id)
      : await logDecision(deps, caller, { input, checkpoint, read: read.record, config, stages, requestKey });
  if (!logged.ok) return logged;
  const entry = logged.value;
  const after = await storeDecision(deps, caller, checkpoint.id, entry, stages);
  const now = checkpointOf(after.pilot, checkpoint.id)?.decision;
  if (after.record && now && now.seq === entry.seq && inEffect(now) && now.verdict === 'no-go') {
    await ensureRollbackIssue(deps, after.record, checkpoint.id);
  }
  return getPanel(deps, caller);
}

type CheckpointEntry = Extract<DecisionEntry, { type: 'checkpoint-decision' }>;

/** The entry a retry found, when it is this checkpoint's decision (else the id was reused: CONFLICT). */
function sameDecision(entry: DecisionEntry, checkpointId: string): Result<CheckpointEntry> {
  if (entry.type === 'checkpoint-decision' && entry.payload.checkpointId === checkpointId) return ok(entry);
  return err({ code: 'CONFLICT', message: 'This request was already used for another decision. Reload.' });
}

interface LogContext {
  input: CheckpointDecisionInput;
  checkpoint: CheckpointRecord;
  read: InitiativeRecord | undefined;
  config: ScoringConfig;
  stages: StageStatusMap;
  requestKey: string;
}

/**
 * Checks a first call's decision (the checkpoint open, a rationale, the lifecycle taking the
 * verdict when it takes effect now) and appends its log entry with the request key.
 */
async function logDecision(
  deps: CheckpointDeps,
  caller: PanelCaller,
  { input, checkpoint, read, config, stages, requestKey }: LogContext,
): Promise<Result<CheckpointEntry>> {
  if (!decidable(checkpoint.decision)) {
    const word = VERDICT_WORDS[checkpoint.decision!.verdict];
    return refuse(
      'checkpointId',
      `${checkpoint.name} is already decided (${word}): add a new checkpoint to decide again.`,
    );
  }
  const at = deps.clock.now();
  const draft = { ...input, checkpointId: checkpoint.id, deciderId: caller.accountId };
  const checked = validateCheckpointDecision(draft, recommendVerdict(checkpoint.criteria).verdict, at);
  if (!checked.ok) return checked;
  const decision = checked.value;
  const candidate = read ?? newInitiative(await deps.issues.read(caller.issue.id), config);
  const blocked = decision.override ? undefined : lifecycleRefusal(candidate, decision.verdict, stages, at);
  if (blocked) return err(blocked);
  const record = await ensureInitiative(deps, caller, candidate);
  const recorded = await recordDecision(
    deps.decisions,
    draftCheckpointDecision({ subject: decisionSubjectOf(record), score: record.computed.score }, checkpoint, decision),
    await deps.identity.currentUser(),
    at,
    { requestKey },
  );
  return recorded.ok ? sameDecision(recorded.value, checkpoint.id) : recorded;
}

/**
 * The logged decision on its checkpoint and the initiative, in one transaction (the initiative's
 * copy and, in effect, its lifecycle move); written once: a retry finds it stored and writes nothing.
 */
function storeDecision(
  deps: CheckpointDeps,
  caller: PanelCaller,
  checkpointId: string,
  entry: CheckpointEntry,
  stages: StageStatusMap,
) {
  const stored: CheckpointDecisionRecord = {
    checkpointId,
    verdict: entry.payload.verdict,
    recommended: entry.payload.recommended,
    override: entry.payload.override,
    rationale: entry.rationale,
    deciderId: entry.actor,
    deciderName: entry.actorName ?? entry.actor,
    decidedAt: entry.at,
    seq: entry.seq,
  };
  const actor = { accountId: entry.actor, displayName: entry.actorName ?? entry.actor };
  return deps.pilots.updateWithInitiative(caller.issue.id, (record, pilot) => {
    const current = checkpointOf(pilot, checkpointId);
    // Stored already (a retry), or a later decision replaced it, or one in effect stands: nothing to write.
    const stale =
      !current || (current.decision !== null && (current.decision.seq >= entry.seq || !decidable(current.decision)));
    if (stale) return Promise.resolve(undefined);
    const pilotAfter = withDecision(pilot, checkpointId, stored);
    return Promise.resolve({
      record: applyToInitiative(record, current, stored, entry, actor, stages, pilotAfter),
      pilot: pilotAfter,
    });
  });
}
