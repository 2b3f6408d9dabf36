import type { IssueEvent } from '../product-hooks';
import type { ChangelogEntry, ProductIssue } from '../product-types';
import { findStatus } from '../workflow';
import { accountIdOf } from './access';
import type { JiraContext } from './jira-context';
import { issueFields } from './issue-view';

function baseEvent(ctx: JiraContext, eventType: IssueEvent['eventType'], issue: ProductIssue): IssueEvent {
  const accountId = accountIdOf(ctx.subject);
  return {
    eventType,
    selfGenerated: ctx.subject.kind === 'app',
    issue: { id: String(issue.id), key: issue.key, fields: issueFields(ctx.store, issue) },
    ...(accountId ? { atlassianId: accountId, associatedUsers: [{ accountId }] } : {}),
  };
}

/** Fires `avi:jira:created:issue`. */
export function emitCreated(ctx: JiraContext, issue: ProductIssue): void {
  ctx.hooks.onIssueEvent(baseEvent(ctx, 'avi:jira:created:issue', issue));
}

/** Fires `avi:jira:updated:issue` with the changelog; status changes also carry `associatedStatuses`. */
export function emitUpdated(ctx: JiraContext, issue: ProductIssue, entry: ChangelogEntry): void {
  const event = baseEvent(ctx, 'avi:jira:updated:issue', issue);
  event.changelog = { id: String(entry.id), items: entry.items };
  const status = entry.items.find((i) => i.field === 'status');
  if (status) {
    const from = findStatus(status.from ?? '');
    const to = findStatus(status.to ?? '');
    if (from && to)
      event.associatedStatuses = [
        { id: from.id, name: from.name },
        { id: to.id, name: to.name },
      ];
  }
  ctx.hooks.onIssueEvent(event);
}

/** Saves the changed issue, writes the changelog entry and fires the update event. */
export function commitUpdate(ctx: JiraContext, next: ProductIssue, items: ChangelogEntry['items']): void {
  if (items.length === 0) return;
  const updated = { ...next, updated: ctx.now.toISOString() };
  const entry = ctx.store.transaction(() => {
    ctx.store.issues.save(updated);
    return ctx.store.history.addChange(updated.id, accountIdOf(ctx.subject) ?? null, updated.updated, items);
  });
  emitUpdated(ctx, updated, entry);
}
