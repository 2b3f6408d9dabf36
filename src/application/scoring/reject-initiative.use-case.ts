import type { PanelData } from '../../contracts/issue-panel.contract';
import type { DecisionEntry } from '../../domain/decision-log/decision-entry';
import { REJECTION_REASON_LABELS } from '../../domain/decision-log/decision.vocabulary';
import { draftRejection, type RejectionRequest } from '../../domain/decision-log/draft-rejection';
import { err, ok, type Result } from '../../domain/result';
import {
  decisionSubjectOf,
  HISTORY_LIMIT,
  RECENT_DECISIONS,
  type InitiativeRecord,
  type UserRefRecord,
} from '../initiative-record';
import type { DecisionsPort } from '../ports';
import type { StageStatusMap } from '../../domain/lifecycle/stage-status-map';
import { lifecycleOf, moveLifecycle } from '../lifecycle/lifecycle-state';
import { getPanel } from './get-panel.use-case';
import type { PanelCaller, PanelDeps } from './panel.ports';
import { decideOnce, deciderOf, startDecision } from './decision-once';

export type RejectInput = RejectionRequest;

/**
 * A CSI admin rejects the initiative: a decision-log entry, then the record shows who, when and why.
 * With a `requestId`, the id commits with the log entry, so a retry completes the record's copy.
 */
export async function rejectInitiative(
  deps: PanelDeps & { decisions: DecisionsPort },
  caller: PanelCaller,
  input: RejectInput,
  requestId?: string,
): Promise<Result<PanelData>> {
  const start = await startDecision(deps, caller, requestId);
  if ('done' in start) return start.done;
  const { requestKey, prior, current } = start;
  if (current.rejection) {
    if (prior.state === 'logged') return getPanel(deps, caller);
    return err({ code: 'CONFLICT', message: `${current.issueKey} was already rejected.` });
  }
  const [actor, at, stages] = [await deps.identity.currentUser(), deps.clock.now(), await deps.workflow.stages()];
  // The lifecycle decides whether it may be rejected now (under review or proposed, with a reason).
  const refused = prior.state === 'none' ? refusedRejection(current, input, at, stages) : undefined;
  if (refused) return refused;
  // A rejection already in the log but not on the record (the second write failed): finish that one
  // instead of logging the same decision twice.
  const logged =
    prior.state === 'none'
      ? await deps.decisions.latestAbout(current.projectKey, current.issueKey, 'proposal-rejected')
      : undefined;
  const recorded = await decideOnce(
    deps.decisions,
    logged ? { state: 'logged', entry: logged } : prior,
    () => ok(draftRejection({ subject: decisionSubjectOf(current), score: current.computed.score }, input)),
    actor,
    at,
    requestKey,
  );
  if (!recorded.ok) return recorded;
  await copyRejection(deps, caller.issue.id, current, recorded.value, deciderOf(recorded.value, actor), stages);
  return getPanel(deps, caller);
}

/** Why the lifecycle refuses this rejection (nothing is written then), or undefined. */
function refusedRejection(
  current: InitiativeRecord,
  input: RejectInput,
  at: string,
  stages: StageStatusMap,
): Result<never> | undefined {
  // Moved to a rejected status in Jira before the app's gate refused that: the rejection may still
  // be recorded, which gives it its reason and its log entry.
  if (lifecycleOf(current, stages).stage === 'rejected' && !current.rejection) return undefined;
  const moved = moveLifecycle(current, 'rejected', { reason: input.rationale, at, stages });
  if (moved.ok) return undefined;
  const field = moved.error.code === 'REASON_REQUIRED' ? 'rationale' : 'reasonCategory';
  const code = moved.error.code === 'REASON_REQUIRED' ? 'INVALID_INPUT' : 'PRECONDITION_FAILED';
  return err({ code, message: moved.error.message, fieldErrors: { [field]: [moved.error.message] } });
}

/**
 * The record's copy of a logged rejection, written once (a retry that finds it changes nothing),
 * with the lifecycle moved to rejected: the projection then moves Jira to the rejected status.
 */
async function copyRejection(
  deps: PanelDeps,
  issueId: string,
  current: InitiativeRecord,
  entry: DecisionEntry,
  decider: UserRefRecord,
  stages: StageStatusMap,
): Promise<void> {
  const reason = entry.type === 'proposal-rejected' ? entry.payload.reasonCategory : 'other';
  const rejection = {
    seq: entry.seq,
    reasonCategory: reason,
    rationale: entry.rationale,
    at: entry.at,
    actor: decider,
  };
  const row = {
    at: entry.at,
    actor: decider,
    change: `Rejected (${REJECTION_REASON_LABELS[reason].toLowerCase()})`,
    score: current.computed.score,
  };
  const copy = { seq: entry.seq, type: 'proposal-rejected', summary: entry.summary, at: entry.at, actor: decider };
  await deps.initiatives.update(
    issueId,
    (rec) =>
      rec.rejection
        ? undefined
        : {
            ...lifecycleRejected(rec, entry, stages),
            rejection,
            history: [row, ...rec.history].slice(0, HISTORY_LIMIT),
            decisions: [copy, ...rec.decisions].slice(0, RECENT_DECISIONS),
          },
    () => current,
  );
}

/** The record with its lifecycle at rejected; unchanged when the lifecycle no longer allows it. */
function lifecycleRejected(rec: InitiativeRecord, entry: DecisionEntry, stages: StageStatusMap): InitiativeRecord {
  const moved = moveLifecycle(rec, 'rejected', { reason: entry.rationale, at: entry.at, stages });
  return moved.ok ? moved.value : rec;
}
