import type { ProductStore } from '../product-store';
import type { ProductIssue } from '../product-types';
import { findPriority } from '../workflow';
import { hasProjectPermission } from './access';
import { isRecord, scalarText } from './jira-http';
import { fromAdf } from './render';

type Edit = { issue: ProductIssue } | { error: string };
type Editor = (store: ProductStore, issue: ProductIssue, value: unknown) => Edit;

const ref = (value: unknown, key: string): string | undefined =>
  isRecord(value) && typeof value[key] === 'string' ? value[key] : undefined;

/**
 * A user field's new value. An assignee must hold Assignable User in the issue's project (createIssue
 * and editIssue answer 400 "User '…' cannot be assigned issues." otherwise); a reporter must exist.
 */
function userRef(
  store: ProductStore,
  value: unknown,
  field: string,
  projectId: number,
): { id: string | null } | { error: string } {
  if (value === null) return { id: null };
  const accountId = ref(value, 'accountId');
  const user = accountId ? store.users.get(accountId) : undefined;
  const assignable = (u: NonNullable<typeof user>) =>
    hasProjectPermission(store, { kind: 'user', user: u }, projectId, 'ASSIGNABLE_USER');
  if (accountId && user && (field !== 'assignee' || assignable(user))) return { id: accountId };
  return {
    error: field === 'assignee' ? `User '${accountId ?? ''}' cannot be assigned issues.` : `Specify a valid ${field}.`,
  };
}

const EDITORS: Record<string, Editor> = {
  summary: (_s, issue, v) => {
    if (typeof v !== 'string' || v.trim() === '') return { error: 'You must specify a summary of the issue.' };
    return v.length > 255
      ? { error: 'Summary must be less than 255 characters.' }
      : { issue: { ...issue, summary: v } };
  },
  description: (_s, issue, v) => {
    const text = v === null ? '' : fromAdf(v);
    if (text === undefined)
      return { error: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)' };
    return { issue: { ...issue, description: text } };
  },
  labels: (_s, issue, v) => {
    if (!Array.isArray(v) || !v.every((l) => typeof l === 'string'))
      return { error: 'Labels must be a list of strings.' };
    const bad = v.find((l) => /\s/.test(l) || l === '');
    return bad !== undefined
      ? { error: `The label '${bad}' contains spaces which is invalid.` }
      : { issue: { ...issue, labels: [...new Set(v)] } };
  },
  priority: (_s, issue, v) => {
    const priority = findPriority(ref(v, 'id') ?? ref(v, 'name') ?? '');
    return priority ? { issue: { ...issue, priority: priority.name } } : { error: 'The priority selected is invalid.' };
  },
  assignee: (store, issue, v) => {
    const user = userRef(store, v, 'assignee', issue.projectId);
    return 'error' in user ? user : { issue: { ...issue, assigneeId: user.id } };
  },
  reporter: (store, issue, v) => {
    const user = userRef(store, v, 'reporter', issue.projectId);
    return 'error' in user ? user : { issue: { ...issue, reporterId: user.id } };
  },
  duedate: (_s, issue, v) => {
    if (v === null) return { issue: { ...issue, duedate: null } };
    const valid = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));
    return valid ? { issue: { ...issue, duedate: v } } : { error: `Error parsing date string: ${scalarText(v)}` };
  },
};

const INVALID = Symbol('invalid update');

/** Turns an `update` verb list (`[{ add }, { remove }, { set }]`) into the field's new value. */
function applyVerbs(issue: ProductIssue, field: string, ops: unknown): unknown {
  if (!Array.isArray(ops)) return INVALID;
  let value: unknown = field === 'labels' ? issue.labels : undefined;
  for (const op of ops) {
    const labels = field === 'labels' && Array.isArray(value) ? (value as unknown[]) : undefined;
    if (!isRecord(op)) return INVALID;
    if ('set' in op) value = op.set;
    else if (labels && typeof op.add === 'string') value = [...labels, op.add];
    else if (labels && typeof op.remove === 'string') value = labels.filter((l) => l !== op.remove);
    else return INVALID;
  }
  return value;
}

/** The result of applying `fields` and `update` of an edit or create request. */
export type EditOutcome = { ok: true; issue: ProductIssue } | { ok: false; errors: Record<string, string> };

/** Applies Jira's edit body (`fields` and `update`) to an issue, collecting per-field errors. */
export function applyEdits(store: ProductStore, issue: ProductIssue, fields: unknown, update: unknown): EditOutcome {
  const changes: Array<[string, unknown]> = [
    ...Object.entries(isRecord(fields) ? fields : {}),
    ...Object.entries(isRecord(update) ? update : {}).map(([f, ops]): [string, unknown] => [
      f,
      applyVerbs(issue, f, ops),
    ]),
  ];
  const errors: Record<string, string> = {};
  let next = issue;
  for (const [field, value] of changes) {
    const editor = EDITORS[field];
    if (!editor) {
      errors[field] = `Field '${field}' cannot be set. It is not on the appropriate screen, or unknown.`;
      continue;
    }
    const edit =
      value === INVALID ? { error: `Invalid update operation for field '${field}'.` } : editor(store, next, value);
    if ('error' in edit) errors[field] = edit.error;
    else next = edit.issue;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, issue: next };
}
