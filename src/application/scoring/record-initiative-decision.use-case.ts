import type { PanelData } from '../../contracts/issue-panel.contract';
import type { DecisionInput } from '../../contracts/decision-input';
import type { DecisionDraft } from '../../domain/decision-log/decision-entry';
import { VERDICT_WORDS, type CheckpointVerdict } from '../../domain/decision-log/decision.vocabulary';
import {
  draftInitiativeDecision,
  type InitiativeDecisionRequest,
} from '../../domain/decision-log/draft-initiative-decision';
import { err, type Result } from '../../domain/result';
import type { LifecycleEvent } from '../../domain/lifecycle/lifecycle-event.vocabulary';
import { VERDICT_EVENTS } from '../../domain/lifecycle/verdict-events';
import type { StageStatusMap } from '../../domain/lifecycle/stage-status-map';
import { decisionSubjectOf, HISTORY_LIMIT, RECENT_DECISIONS, type InitiativeRecord } from '../initiative-record';
import { lifecycleOf, moveLifecycle } from '../lifecycle/lifecycle-state';
import { answerTriggers, answersTriggers } from '../stop-criteria/refresh-triggers';
import type { DecisionsPort } from '../ports';
import { getPanel } from './get-panel.use-case';
import type { PanelCaller, PanelDeps } from './panel.ports';
import { decideOnce, deciderOf, startDecision } from './decision-once';

/** The lifecycle event a decision is (issue 10 item 1); none for overrides, PIRs and corrections. */
function lifecycleEventOf(entry: { type: string; payload: unknown }): LifecycleEvent | undefined {
  switch (entry.type) {
    case 'pause':
      return 'paused';
    case 'resume':
      return 'resumed';
    case 'terminate':
      return 'terminated';
    case 'reopen':
      return 'reopened';
    case 'checkpoint-decision':
      return VERDICT_EVENTS[(entry.payload as { verdict: CheckpointVerdict }).verdict];
    default:
      return undefined;
  }
}

/**
 * The record after the decision's lifecycle move: a pause, resume, termination or reopen moves the
 * stage (Jira follows through the projection), and a reopen clears the record's copy of a rejection
 * (the log keeps it). A checkpoint verdict recorded here (the older free-text way) moves the stage
 * only where the lifecycle takes checkpoints; elsewhere it is recorded without a move. A move that
 * no longer applies (a concurrent decision moved the stage first) leaves the stage as it is. A
 * pause, a termination or an override of a stop trigger answers the open triggers (issue 10 item 4).
 */
function withLifecycle(
  rec: InitiativeRecord,
  entry: { seq: number; type: string; payload: unknown; rationale: string; at: string },
  stages: StageStatusMap,
): InitiativeRecord {
  const answered = answersTriggers(entry) ? { ...rec, triggers: answerTriggers(rec.triggers, entry.seq) } : rec;
  return moved(answered, entry, stages);
}

function moved(
  rec: InitiativeRecord,
  entry: { type: string; payload: unknown; rationale: string; at: string },
  stages: StageStatusMap,
): InitiativeRecord {
  const event = lifecycleEventOf(entry);
  if (!event) return rec;
  const moved = moveLifecycle(rec, event, { reason: entry.rationale, at: entry.at, stages });
  if (!moved.ok) return rec;
  return event === 'reopened' ? { ...moved.value, rejection: null } : moved.value;
}

/**
 * A CSI admin records a decision about this initiative: a checkpoint verdict (marked as an override
 * when it goes against the recommendation), an override, a pause, a resume, a termination, a
 * completed PIR or a correction of an earlier entry. It lands in the decision log first; the
 * initiative then keeps a copy for its panel. With a `requestId`, the id commits with the log entry:
 * a retry after the copy failed finds that entry and completes the copy, never appending again.
 */
export async function recordInitiativeDecision(
  deps: PanelDeps & { decisions: DecisionsPort },
  caller: PanelCaller,
  input: DecisionInput,
  requestId?: string,
): Promise<Result<PanelData>> {
  const start = await startDecision(deps, caller, requestId);
  if ('done' in start) return start.done;
  const { requestKey, prior, current } = start;
  const [actor, at, stages] = [await deps.identity.currentUser(), deps.clock.now(), await deps.workflow.stages()];
  const recorded = await decideOnce(
    deps.decisions,
    prior,
    () => draftFor(current, input, { at, stages }),
    actor,
    at,
    requestKey,
  );
  if (!recorded.ok) return err({ ...recorded.error, fieldErrors: inDecision(recorded.error.fieldErrors) });
  const entry = recorded.value;
  const decider = deciderOf(entry, actor);
  const copy = { seq: entry.seq, type: entry.type, summary: entry.summary, at: entry.at, actor: decider };
  const row = { at: entry.at, actor: decider, change: entry.summary, score: current.computed.score };
  await deps.initiatives.update(
    caller.issue.id,
    // The copy is written once: a retry whose first call copied it already changes nothing.
    (rec) =>
      rec.decisions.some((d) => d.seq === entry.seq)
        ? undefined
        : {
            ...withLifecycle(rec, entry, stages),
            decisions: [copy, ...rec.decisions].slice(0, RECENT_DECISIONS),
            history: [row, ...rec.history].slice(0, HISTORY_LIMIT),
            latestCheckpoint:
              entry.type === 'checkpoint-decision'
                ? `${entry.payload.checkpointName}: ${VERDICT_WORDS[entry.payload.verdict]}`
                : rec.latestCheckpoint,
          },
    () => current,
  );
  return getPanel(deps, caller);
}

/** A pause, resume, termination or reopen the lifecycle refuses: why, and nothing is written. */
function refusedMove(
  record: InitiativeRecord,
  input: DecisionInput,
  context: { at: string; stages: StageStatusMap },
): Result<never> | undefined {
  if (!['pause', 'resume', 'terminate', 'reopen'].includes(input.type)) return undefined;
  const event = lifecycleEventOf({ type: input.type, payload: {} });
  const moved = event && moveLifecycle(record, event, { reason: input.rationale, ...context });
  if (!moved || moved.ok) return undefined;
  const field = moved.error.code === 'REASON_REQUIRED' ? 'rationale' : 'type';
  const code = moved.error.code === 'REASON_REQUIRED' ? 'INVALID_INPUT' : 'PRECONDITION_FAILED';
  return err({ code, message: moved.error.message, fieldErrors: { [field]: [moved.error.message] } });
}

/**
 * The draft of the panel's decision: refused when the lifecycle refuses the move it means, else the
 * domain's {@link draftInitiativeDecision} over the facts of the record.
 */
function draftFor(
  record: InitiativeRecord,
  input: DecisionInput,
  context: { at: string; stages: StageStatusMap },
): Result<DecisionDraft> {
  const refused = refusedMove(record, input, context);
  if (refused) return refused;
  // The contract's input is the domain's request (checked here, where both are known).
  const request: InitiativeDecisionRequest = input;
  return draftInitiativeDecision(
    {
      subject: decisionSubjectOf(record),
      score: record.computed.score,
      recentDecisions: record.decisions,
      reopenedFrom: lifecycleOf(record, context.stages).stage === 'terminated' ? 'terminated' : 'rejected',
    },
    request,
  );
}

function inDecision(fieldErrors: Record<string, string[]> | undefined) {
  return fieldErrors && Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [`decision.${k}`, v]));
}
