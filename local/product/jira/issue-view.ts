import type { ProductStore } from '../product-store';
import type { ProductIssue } from '../product-types';
import type { Subject } from './access';
import type { FieldSelection } from './field-selection';
import { issueLinksOf } from './issue-links.routes';
import { JIRA_BASE_URL, jiraTime } from './jira-http';
import { renderIssueType, renderPriority, renderProjectRef, renderStatus, renderUser, toAdf } from './render';

const userOrNull = (store: ProductStore, accountId: string | null) => {
  const user = accountId ? store.users.get(accountId) : undefined;
  return user ? renderUser(user) : null;
};

/** Every field of the issue by field id, as GET issue with `fields=*all` renders it. */
export function issueFields(store: ProductStore, issue: ProductIssue, subject: Subject): Record<string, unknown> {
  const project = store.projects.get(issue.projectId);
  const fields: Record<string, unknown> = {
    summary: issue.summary,
    description: toAdf(issue.description),
    issuetype: renderIssueType(issue.issueType),
    project: project ? renderProjectRef(project) : null,
    status: renderStatus(issue.status.name),
    priority: renderPriority(issue.priority),
    labels: issue.labels,
    assignee: userOrNull(store, issue.assigneeId),
    reporter: userOrNull(store, issue.reporterId),
    creator: userOrNull(store, issue.reporterId),
    created: jiraTime(issue.created),
    updated: jiraTime(issue.updated),
    duedate: issue.duedate,
    // `IssueLink[]` (jira-platform.json), created with `POST /issueLink` (issue-links.routes.ts).
    issuelinks: issueLinksOf(store, issue, subject),
  };
  for (const def of store.fields.list()) fields[def.id] = store.fields.getValue(def, issue.id);
  return fields;
}

/** An issue bean: `{ expand, id, self, key, fields }`, or `{ id }` when only ids were asked for. */
export function renderIssue(store: ProductStore, issue: ProductIssue, selection: FieldSelection, subject: Subject) {
  if (selection === 'ids-only') return { id: String(issue.id) };
  const all = issueFields(store, issue, subject);
  const fields = Object.fromEntries(Object.entries(all).filter(([id]) => selection(id)));
  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: String(issue.id),
    self: `${JIRA_BASE_URL}/rest/api/3/issue/${issue.id}`,
    key: issue.key,
    fields,
  };
}
