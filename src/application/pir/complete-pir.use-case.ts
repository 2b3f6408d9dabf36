import type { PanelData } from '../../contracts/issue-panel.contract';
import type { DecisionEntry } from '../../domain/decision-log/decision-entry';
import { draftInitiativeDecision } from '../../domain/decision-log/draft-initiative-decision';
import { checkCompletion } from '../../domain/pir/pir-content';
import type { StageStatusMap } from '../../domain/lifecycle/stage-status-map';
import { err, type Result } from '../../domain/result';
import { decisionSubjectOf, HISTORY_LIMIT, RECENT_DECISIONS, type InitiativeRecord } from '../initiative-record';
import { moveLifecycle } from '../lifecycle/lifecycle-state';
import { decideOnce, deciderOf, startDecision } from '../scoring/decision-once';
import { getPanel } from '../scoring/get-panel.use-case';
import type { PanelCaller } from '../scoring/panel.ports';
import { frozen, pirOf, pirViewerOf } from './pir-caller';
import { pirCopyOf } from './pir-copy';
import type { PirRecord } from './pir-record';
import type { PirDeps } from './pir.ports';

/** The rationale the log keeps: the PIR's summary when it has one, else what was completed. */
function rationaleOf(pir: PirRecord): string {
  const summary = pir.template.sections.find((s) => s.kind === 'text' && s.required);
  const value = summary && pir.values[summary.key];
  const text = value?.kind === 'text' ? value.text.trim() : '';
  return (text || `Completed the ${pir.template.name} (version ${pir.template.version}).`).slice(0, 4000);
}

/**
 * The initiative owner or a CSI admin completes the PIR (issue 11 item 4): every required section
 * filled (the domain's `checkCompletion`, which also derives the outcome), then a `pir-completed`
 * entry in the decision log with the outcome and residual risks, then, in one transaction, the PIR
 * frozen with its completion and the initiative archived (its lifecycle closed, Jira following) with
 * the log entry's copy. A retry with the same request id finds its entry and completes the rest;
 * nothing is logged twice.
 */
export async function completePir(deps: PirDeps, caller: PanelCaller, requestId?: string): Promise<Result<PanelData>> {
  const start = await startDecision(deps, caller, requestId);
  if ('done' in start) return start.done;
  const { requestKey, prior, current } = start;
  const found = await pirOf(deps, caller.issue.id);
  if (!found.ok) return found;
  const viewer = await pirViewerOf(deps, caller, found.value, current);
  if (!viewer.isCsiAdmin && !viewer.isOwner)
    return err({ code: 'FORBIDDEN', message: 'Only the initiative owner or a CSI admin completes the PIR.' });
  if (found.value.completion && prior.state === 'logged') return getPanel(deps, caller);
  const refused = frozen(found.value);
  if (refused) return refused;
  const checked = checkCompletion(found.value.template, found.value.values, current.plan.kpi?.direction);
  if (!checked.ok) return checked;
  const [actor, at, stages] = [await deps.identity.currentUser(), deps.clock.now(), await deps.workflow.stages()];
  const request = { type: 'pir-completed' as const, ...checked.value, rationale: rationaleOf(found.value) };
  const facts = {
    subject: decisionSubjectOf(current),
    score: current.computed.score,
    recentDecisions: current.decisions,
    // What a reopen would come from: a PIR's draft does not read it.
    reopenedFrom: 'rejected' as const,
  };
  const recorded = await decideOnce(
    deps.decisions,
    prior,
    () => draftInitiativeDecision(facts, request),
    actor,
    at,
    requestKey,
  );
  if (!recorded.ok) return recorded;
  await archive(deps, caller.issue.id, recorded.value, deciderOf(recorded.value, actor), stages);
  return getPanel(deps, caller);
}

/** The PIR frozen and the initiative closed with the entry's copy, once (a retry finds them done). */
async function archive(
  deps: PirDeps,
  issueId: string,
  entry: DecisionEntry,
  by: { accountId: string; displayName: string },
  stages: StageStatusMap,
): Promise<void> {
  if (entry.type !== 'pir-completed') return;
  const { outcome, residualRisks } = entry.payload;
  const copy = { seq: entry.seq, type: entry.type, summary: entry.summary, at: entry.at, actor: by };
  await deps.pirs.updateWithInitiative(issueId, (record: InitiativeRecord, pir) => {
    if (!pir || pir.completion) return undefined;
    const moved = moveLifecycle(record, 'closed', { at: entry.at, stages });
    const row = { at: entry.at, actor: by, change: entry.summary, score: record.computed.score };
    const done = {
      ...pir,
      state: 'completed' as const,
      completion: { at: entry.at, by, outcome, residualRisks, seq: entry.seq },
    };
    return {
      record: {
        ...(moved.ok ? moved.value : record),
        pir: pirCopyOf(done),
        decisions: [copy, ...record.decisions].slice(0, RECENT_DECISIONS),
        history: [row, ...record.history].slice(0, HISTORY_LIMIT),
      },
      pir: done,
    };
  });
}
