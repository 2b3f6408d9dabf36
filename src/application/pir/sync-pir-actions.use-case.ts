import { actionStatusOf } from '../../domain/pir/action-status-of';
import type { ActionIssuesPort } from './action-issues.port';
import { actionsOf, withActions } from './pir-copy';
import type { PirsPort } from './pir.ports';

export interface SyncPirActionsDeps {
  pirs: PirsPort;
  actionIssues: ActionIssuesPort;
}

/**
 * Brings the recorded status of a PIR's actions in step with their Jira issues (issue 11 item 4),
 * so the initiative's copy (open actions, next due date) that the portfolio and the progress report
 * read stays right. It reads Jira's present state (one search as the app) rather than trusting an
 * event's payload: events come duplicated and in any order, and the state now is what counts.
 * Changes nothing when every status already agrees. A completed PIR's actions keep following
 * (they outlive the review).
 */
export async function syncPirActions(deps: SyncPirActionsDeps, pirIssueId: string): Promise<'updated' | 'unchanged'> {
  const live = new Map((await deps.actionIssues.searchAll(pirIssueId)).map((i) => [i.actionId, i]));
  const written = await deps.pirs.updateWithInitiative(pirIssueId, (record, pir) => {
    if (!pir) return undefined;
    let changed = false;
    const actions = actionsOf(pir).map((a) => {
      const issue = a.issueKey ? live.get(a.id) : undefined;
      const status = issue ? actionStatusOf(issue) : a.status;
      if (status === a.status) return a;
      changed = true;
      return { ...a, status };
    });
    return changed ? withActions(record, pir, actions) : undefined;
  });
  return written.changed ? 'updated' : 'unchanged';
}
