import type { EventIssueFields, EventUser, IssueEvent, IssueEventType } from '../product-hooks';
import type { ProductStore } from '../product-store';
import type { ChangeItem, ChangelogEntry, ProductIssue } from '../product-types';
import { findStatus } from '../workflow';
import { accountIdOf } from './access';
import type { JiraContext } from './jira-context';
import { jiraTime } from './jira-http';
import { renderIssueType, renderProjectRef, renderStatus } from './render';

const userRef = (accountId: string | null): EventUser | null => (accountId ? { accountId } : null);

/**
 * `issue.fields` as events-reference/jira shows them: the type reference's fields only, keyed as in
 * the payload example (`issuetype`), with REST shapes for type, project and status and users that
 * carry only `accountId`. No description, labels or custom fields: an app needing them must read.
 */
export function eventFields(store: ProductStore, issue: ProductIssue): EventIssueFields {
  const project = store.projects.get(issue.projectId);
  return {
    summary: issue.summary,
    issuetype: renderIssueType(issue.issueType),
    creator: userRef(issue.reporterId),
    created: jiraTime(issue.created),
    project: project ? renderProjectRef(project) : null,
    reporter: userRef(issue.reporterId),
    assignee: userRef(issue.assigneeId),
    updated: jiraTime(issue.updated),
    status: renderStatus(issue.status.name),
  };
}

/** The documented payload of an issue event; `actor` is undefined when the app acted as itself. */
export function issueEvent(
  store: ProductStore,
  eventType: IssueEventType,
  issue: ProductIssue,
  actor: string | undefined,
  at: Date,
): IssueEvent {
  return {
    eventType,
    selfGenerated: actor === undefined,
    timestamp: String(at.getTime()),
    issue: { id: String(issue.id), key: issue.key, fields: eventFields(store, issue) },
    ...(actor ? { atlassianId: actor, associatedUsers: [{ accountId: actor }] } : {}),
  };
}

const baseEvent = (ctx: JiraContext, eventType: IssueEventType, issue: ProductIssue) =>
  issueEvent(ctx.store, eventType, issue, accountIdOf(ctx.subject), ctx.now);

/** Fires `avi:jira:created:issue`. */
export function emitCreated(ctx: JiraContext, issue: ProductIssue): void {
  ctx.hooks.onIssueEvent(baseEvent(ctx, 'avi:jira:created:issue', issue));
}

/** Fires `avi:jira:deleted:issue` with the issue as it was (no changelog, as documented). */
export function emitDeleted(ctx: JiraContext, issue: ProductIssue): void {
  ctx.hooks.onIssueEvent(baseEvent(ctx, 'avi:jira:deleted:issue', issue));
}

/** The users an update names: the actor, then anyone assigned or unassigned by it. */
function associatedUsers(actor: string | undefined, items: readonly ChangeItem[]): EventUser[] {
  const ids = [actor, ...items.filter((i) => i.field === 'assignee').flatMap((i) => [i.from, i.to])];
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))].map((accountId) => ({ accountId }));
}

/**
 * Fires `avi:jira:updated:issue` with the changelog; status changes also carry `associatedStatuses`
 * and a move is `jiraEventTypeName: 'issue_moved'`.
 */
export function emitUpdated(ctx: JiraContext, issue: ProductIssue, entry: ChangelogEntry): void {
  const event = baseEvent(ctx, 'avi:jira:updated:issue', issue);
  event.changelog = { id: String(entry.id), items: entry.items };
  event.jiraEventTypeName = entry.items.some((i) => i.field === 'project') ? 'issue_moved' : 'issue_generic';
  const users = associatedUsers(accountIdOf(ctx.subject), entry.items);
  if (users.length > 0) event.associatedUsers = users;
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
