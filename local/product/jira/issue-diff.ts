import type { ProductStore } from '../product-store';
import type { ChangeItem, ProductIssue } from '../product-types';
import { findPriority, findStatus } from '../workflow';

const item = (
  field: string,
  from: string | null,
  fromString: string | null,
  to: string | null,
  toString: string | null,
): ChangeItem => ({
  field,
  fieldtype: 'jira',
  fieldId: field,
  from,
  fromString,
  to,
  toString,
});

const displayName = (store: ProductStore, id: string | null) => (id ? (store.users.get(id)?.displayName ?? id) : null);

const projectName = (store: ProductStore, id: number) => store.projects.get(id)?.name ?? null;

/**
 * A move's items: `project` (ids and names), `Key` (the old and new key, as strings only) and
 * `issuetype` when the type changes too (Jira records all three on a move).
 */
function moveItems(store: ProductStore, before: ProductIssue, after: ProductIssue): ChangeItem[] {
  const items: ChangeItem[] = [];
  if (before.projectId !== after.projectId) {
    items.push(
      item(
        'project',
        String(before.projectId),
        projectName(store, before.projectId),
        String(after.projectId),
        projectName(store, after.projectId),
      ),
    );
  }
  if (before.key !== after.key) items.push({ ...item('Key', null, before.key, null, after.key), fieldId: 'issuekey' });
  if (before.issueType.id !== after.issueType.id) {
    items.push(item('issuetype', before.issueType.id, before.issueType.name, after.issueType.id, after.issueType.name));
  }
  return items;
}

/** The changelog items between two versions of an issue, as Jira records them. */
export function diffIssues(store: ProductStore, before: ProductIssue, after: ProductIssue): ChangeItem[] {
  const items: ChangeItem[] = moveItems(store, before, after);
  if (before.summary !== after.summary) items.push(item('summary', null, before.summary, null, after.summary));
  if (before.description !== after.description) {
    items.push(item('description', null, before.description || null, null, after.description || null));
  }
  if (before.labels.join(' ') !== after.labels.join(' ')) {
    items.push(item('labels', null, before.labels.join(' ') || null, null, after.labels.join(' ') || null));
  }
  if (before.priority !== after.priority) {
    const [f, t] = [findPriority(before.priority), findPriority(after.priority)];
    items.push(item('priority', f?.id ?? null, before.priority, t?.id ?? null, after.priority));
  }
  for (const field of ['assignee', 'reporter'] as const) {
    const [f, t] = field === 'assignee' ? [before.assigneeId, after.assigneeId] : [before.reporterId, after.reporterId];
    if (f !== t) items.push(item(field, f, displayName(store, f), t, displayName(store, t)));
  }
  if (before.duedate !== after.duedate)
    items.push(item('duedate', before.duedate, before.duedate, after.duedate, after.duedate));
  if (before.status.name !== after.status.name) {
    const [f, t] = [findStatus(before.status.name), findStatus(after.status.name)];
    items.push(item('status', f?.id ?? null, before.status.name, t?.id ?? null, after.status.name));
  }
  return items;
}
