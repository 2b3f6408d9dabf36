import type { EntityPropertyAlias } from '../jira/jira-context';
import type { ProductStore } from '../product-store';
import type { ProductIssue } from '../product-types';
import { findIssueType, findPriority, findStatus, STATUS_CATEGORIES, STATUSES } from '../workflow';
import { JqlError } from './jql-error';
import { aliasField } from './jql-alias-field';

/** How a field compares: exact (case-insensitive), numbers, instants, free text, or a set of values. */
export type FieldKind = 'exact' | 'number' | 'date' | 'text' | 'multi';

/** A searchable value: text, or a number (numbers, instants in ms). */
export type JqlValue = string | number;

/** A JQL field: its values on an issue (empty = EMPTY), how operands resolve, how it sorts. */
export interface JqlField {
  name: string;
  kind: FieldKind;
  values: (issue: ProductIssue) => JqlValue[];
  /** Turns an operand into the canonical value; throws `JqlError` for values that do not exist. */
  resolve?: (text: string) => JqlValue;
  sortValue?: (issue: ProductIssue) => JqlValue | undefined;
}

const doesNotExist = (value: string, field: string) =>
  new JqlError(`The value '${value}' does not exist for the field '${field}'.`);

const lookup =
  <T>(field: string, find: (s: string) => T | undefined, pick: (t: T) => JqlValue) =>
  (text: string) => {
    const found = find(text);
    if (found === undefined) throw doesNotExist(text, field);
    return pick(found);
  };

const present = <T>(v: T | null | undefined): T[] => (v === null || v === undefined ? [] : [v]);
const time = (iso: string) => Date.parse(iso);
const keySort = (issue: ProductIssue) => `${issue.key.split('-')[0]}-${issue.key.split('-')[1]!.padStart(10, '0')}`;
const findCategory = (s: string) =>
  Object.values(STATUS_CATEGORIES).find((c) => [c.key, c.name.toLowerCase(), String(c.id)].includes(s.toLowerCase()));

/** What the searching user may see: Jira reports invisible projects and issues as non-existent. */
export type CanBrowseProject = (projectId: number) => boolean;

function visibleLookups(store: ProductStore, canBrowse: CanBrowseProject) {
  const project = (s: string) => {
    const p = store.projects.find(s) ?? store.projects.list().find((x) => x.name.toLowerCase() === s.toLowerCase());
    return p && canBrowse(p.id) ? p : undefined;
  };
  const issueKey = (s: string) => {
    const issue = store.issues.find(s);
    if (!issue || !canBrowse(issue.projectId))
      throw new JqlError(`An issue with key '${s}' does not exist for field 'key'.`);
    return issue.key;
  };
  return { project, issueKey };
}

/** Fields over the fixed workflow catalogue. */
const CATALOGUE_FIELDS: readonly JqlField[] = [
  {
    name: 'status',
    kind: 'exact',
    values: (i) => [i.status.name],
    resolve: lookup('status', findStatus, (s) => s.name),
    sortValue: (i) => STATUSES.findIndex((s) => s.name === i.status.name),
  },
  {
    name: 'issuetype',
    kind: 'exact',
    values: (i) => [i.issueType.name],
    resolve: lookup('issuetype', findIssueType, (t) => t.name),
    sortValue: (i) => i.issueType.name,
  },
  {
    name: 'statusCategory',
    kind: 'exact',
    values: (i) => [i.status.statusCategory],
    resolve: lookup('statusCategory', findCategory, (c) => c.key),
  },
  {
    name: 'priority',
    kind: 'exact',
    values: (i) => [i.priority],
    resolve: lookup('priority', findPriority, (p) => p.name),
    sortValue: (i) => 6 - (findPriority(i.priority)?.rank ?? 3),
  },
];

/** Fields whose operands must name something the user can see: project and key. */
function visibleFields(store: ProductStore, canBrowse: CanBrowseProject): JqlField[] {
  const projectKey = (issue: ProductIssue) => store.projects.get(issue.projectId)?.key ?? '';
  const visible = visibleLookups(store, canBrowse);
  return [
    {
      name: 'project',
      kind: 'exact',
      values: (i) => [projectKey(i)],
      resolve: lookup('project', visible.project, (p) => p.key),
      sortValue: projectKey,
    },
    { name: 'key', kind: 'exact', values: (i) => [i.key], resolve: visible.issueKey, sortValue: keySort },
  ];
}

const PLAIN_FIELDS: readonly JqlField[] = [
  { name: 'id', kind: 'number', values: (i) => [i.id], sortValue: (i) => i.id },
  { name: 'labels', kind: 'multi', values: (i) => i.labels },
  {
    name: 'assignee',
    kind: 'exact',
    values: (i) => present(i.assigneeId),
    sortValue: (i) => i.assigneeId ?? undefined,
  },
  {
    name: 'reporter',
    kind: 'exact',
    values: (i) => present(i.reporterId),
    sortValue: (i) => i.reporterId ?? undefined,
  },
  { name: 'summary', kind: 'text', values: (i) => [i.summary], sortValue: (i) => i.summary.toLowerCase() },
  { name: 'description', kind: 'text', values: (i) => present(i.description || null) },
  { name: 'text', kind: 'text', values: (i) => [i.summary, i.description] },
  { name: 'created', kind: 'date', values: (i) => [time(i.created)], sortValue: (i) => time(i.created) },
  { name: 'updated', kind: 'date', values: (i) => [time(i.updated)], sortValue: (i) => time(i.updated) },
  {
    name: 'duedate',
    kind: 'date',
    values: (i) => present(i.duedate).map(time),
    sortValue: (i) => (i.duedate ? time(i.duedate) : undefined),
  },
];

const SYNONYMS: ReadonlyArray<[string, string]> = [
  ['type', 'issuetype'],
  ['issuekey', 'key'],
  ['category', 'statusCategory'],
  ['due', 'duedate'],
  ['createdDate', 'created'],
  ['updatedDate', 'updated'],
];

/** The fields JQL can use, by lower-case name: system fields plus the entity property search aliases. */
export function buildFields(
  store: ProductStore,
  aliases: readonly EntityPropertyAlias[],
  canBrowse: CanBrowseProject,
): Map<string, JqlField> {
  const fields = [
    ...visibleFields(store, canBrowse),
    ...CATALOGUE_FIELDS,
    ...PLAIN_FIELDS,
    ...aliases.map((a) => aliasField(store, a)),
  ];
  const map = new Map(fields.map((f) => [f.name.toLowerCase(), f]));
  for (const [synonym, target] of SYNONYMS) map.set(synonym.toLowerCase(), map.get(target.toLowerCase())!);
  return map;
}
