import type { PanelData } from '../../contracts/issue-panel.contract';
import type { Rag } from '../../contracts/views';
import type { RejectionReason } from '../../domain/decision-log/decision-entry';
import { err, ok, type Result } from '../../domain/result';
import { recordDecision } from '../decisions/record-decision.use-case';
import { HISTORY_LIMIT, RECENT_DECISIONS } from '../initiative-record';
import type { DecisionsPort } from '../ports';
import { getPanel, type PanelCaller, type PanelDeps } from './issue-panel.use-cases';
import { fromJira, newInitiative } from './new-initiative';

const REASON_LABELS: Record<RejectionReason, string> = {
  'not-aligned': 'not aligned with strategy',
  'low-value': 'low value',
  duplicate: 'duplicate',
  'no-capacity': 'no capacity',
  'risk-too-high': 'risk too high',
  superseded: 'superseded',
  other: 'other reason',
};

export interface RejectInput {
  reasonCategory: RejectionReason;
  rationale: string;
  optionsConsidered: string[];
  revisitIf?: string;
}

/** A CSI admin rejects the initiative: a decision-log entry, then the record shows who, when and why. */
export async function rejectInitiative(
  deps: PanelDeps & { decisions: DecisionsPort },
  caller: PanelCaller,
  input: RejectInput,
): Promise<Result<PanelData>> {
  const { config } = await deps.settings.load();
  const current =
    (await deps.initiatives.get(caller.issue.id)) ?? newInitiative(await deps.issues.read(caller.issue.id), config);
  if (current.rejection) return err({ code: 'CONFLICT', message: `${current.issueKey} was already rejected.` });
  const [actor, at] = [await deps.identity.currentUser(), deps.clock.now()];
  // A rejection already in the log but not on the record (the second write failed): finish that one
  // instead of logging the same decision twice.
  const logged = await deps.decisions.latestAbout(current.projectKey, current.issueKey, 'proposal-rejected');
  const recorded = logged
    ? ok(logged)
    : await recordDecision(
        deps.decisions,
        {
          type: 'proposal-rejected',
          subject: { issueKey: current.issueKey, issueId: current.issueId, projectKey: current.projectKey },
          summary: `Rejected ${current.issueKey}: ${REASON_LABELS[input.reasonCategory]}`,
          rationale: input.rationale,
          optionsConsidered: input.optionsConsidered,
          scoresAtTime: { score: current.computed.score },
          ...(input.revisitIf ? { revisitIf: input.revisitIf } : {}),
          payload: { reasonCategory: input.reasonCategory },
        },
        actor,
        at,
      );
  if (!recorded.ok) return recorded;
  const entry = recorded.value;
  const reason = entry.type === 'proposal-rejected' ? entry.payload.reasonCategory : input.reasonCategory;
  const decider = entry.actor === actor.accountId ? actor : { accountId: entry.actor, displayName: entry.actor };
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
    change: `Rejected (${REASON_LABELS[reason]})`,
    score: current.computed.score,
  };
  await deps.initiatives.update(
    caller.issue.id,
    (rec) => ({
      ...rec,
      rejection,
      history: [row, ...rec.history].slice(0, HISTORY_LIMIT),
      decisions: [
        { seq: entry.seq, type: 'proposal-rejected', summary: entry.summary, at: entry.at, actor: decider },
        ...rec.decisions,
      ].slice(0, RECENT_DECISIONS),
    }),
    () => current,
  );
  return getPanel(deps, caller);
}

export interface UpdateInput {
  whatChanged: string;
  next: string;
  risks: string;
  asks: string;
  rag: Rag;
}

/** An editor posts a structured progress update; the initiative keeps the latest for reports. */
export async function postProgressUpdate(
  deps: PanelDeps,
  caller: PanelCaller,
  input: UpdateInput,
): Promise<Result<PanelData>> {
  const { config } = await deps.settings.load();
  const [author, at] = [await deps.identity.currentUser(), deps.clock.now()];
  const update = { id: deps.clock.id(), at, author, ...input };
  const saved = await deps.initiatives.update(
    caller.issue.id,
    (rec) => ({ ...rec, latestUpdate: update }),
    fromJira(deps.issues, caller.issue.id, config),
  );
  await deps.updates.add(caller.issue.id, saved?.projectKey ?? '', update);
  return getPanel(deps, caller);
}
