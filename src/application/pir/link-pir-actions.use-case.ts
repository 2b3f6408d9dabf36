import type { PirAction } from '../../domain/pir/pir-content';
import type { ClockPort } from '../ports';
import type { ActionIssuesPort } from './action-issues.port';
import { actionsOf, withActions } from './pir-copy';
import type { PirRecord } from './pir-record';
import type { PirsPort } from './pir.ports';

/** A claim older than this belongs to a call that died; the next call takes it over (a call lasts at most 25 s). */
export const ACTION_LINK_CLAIM_STALE_MS = 120_000;

/** The issue type of an action's issue: a plain Task, so it never takes part in CSI scoring itself. */
export const ACTION_ISSUE_TYPE = 'Task';

export interface LinkPirActionsDeps {
  pirs: PirsPort;
  actionIssues: ActionIssuesPort;
  clock: ClockPort;
}

/** What became of the PIR's unlinked actions: linked now (some perhaps refused), nothing to do, or another call is at it. */
export type LinkOutcome = 'linked' | 'nothing' | 'in-flight';

const unlinked = (pir: PirRecord): PirAction[] =>
  pir.state === 'open' ? actionsOf(pir).filter((a) => a.issueKey === null && a.status === 'open') : [];

function draftOf(pir: PirRecord, action: PirAction) {
  return {
    pirIssueId: pir.issueId,
    initiativeKey: pir.issueKey,
    projectKey: pir.projectKey,
    actionId: action.id,
    title: action.title,
    ownerAccountId: action.ownerAccountId,
    priority: action.priority,
    dueDate: action.dueDate,
    issueType: ACTION_ISSUE_TYPE,
  };
}

/**
 * Makes each open action of the PIR a linked Jira issue (issue 11 item 4): in the initiative's
 * project, assigned to the action's owner, due on its due date, linked to the initiative, carrying
 * the issue property that finds it again. Each action gets one issue however often this runs and
 * whatever fails: the call claims the work on the PIR (a conditional write, so of two concurrent
 * calls one goes on), searches for the issues an earlier call made but did not record (it may have
 * died between Jira's answer and the store), creates only the missing ones, then records the keys
 * and releases the claim, also when Jira failed part of the way. Jira refusing an action keeps why,
 * for the panel; the next save tries again.
 */
export async function linkPirActions(deps: LinkPirActionsDeps, issueId: string): Promise<LinkOutcome> {
  const now = deps.clock.now();
  let outcome: LinkOutcome = 'nothing';
  let claimed: PirRecord | undefined;
  await deps.pirs.updateWithInitiative(issueId, (record, pir) => {
    claimed = undefined;
    if (!pir || unlinked(pir).length === 0) return undefined;
    if (pir.linking && Date.parse(now) - Date.parse(pir.linking) < ACTION_LINK_CLAIM_STALE_MS) {
      outcome = 'in-flight';
      return undefined;
    }
    claimed = { ...pir, linking: now };
    return { record, pir: claimed };
  });
  if (!claimed) return outcome;
  const keys: Record<string, string> = {};
  const refused: Record<string, string> = {};
  try {
    const found = new Map((await deps.actionIssues.searchAll(issueId)).map((i) => [i.actionId, i.issueKey]));
    for (const action of unlinked(claimed)) {
      let key = found.get(action.id);
      if (!key) {
        const created = await deps.actionIssues.create(draftOf(claimed, action));
        if (!created.ok) {
          refused[action.id] = `Jira did not create its issue: ${created.message}`.slice(0, 500);
          continue;
        }
        key = created.issueKey;
      }
      keys[action.id] = key;
      await deps.actionIssues.link(claimed.issueKey, key);
    }
  } finally {
    await settle(deps, issueId, keys, refused);
  }
  return 'linked';
}

/** Records the keys made and the refusals, and releases the claim (the initiative's copy follows). */
async function settle(
  deps: LinkPirActionsDeps,
  issueId: string,
  keys: Record<string, string>,
  refused: Record<string, string>,
): Promise<void> {
  await deps.pirs.updateWithInitiative(issueId, (record, pir) => {
    if (!pir) return undefined;
    const actions = actionsOf(pir).map((a) =>
      a.issueKey === null && keys[a.id] ? { ...a, issueKey: keys[a.id]! } : a,
    );
    const linkErrors = Object.fromEntries(
      Object.entries({ ...pir.linkErrors, ...refused }).filter(([id]) => !keys[id] && actions.some((a) => a.id === id)),
    );
    return withActions(record, { ...pir, linking: null, linkErrors }, actions);
  });
}
