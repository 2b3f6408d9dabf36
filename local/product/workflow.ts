import type { StatusCategoryKey } from './product-types';

/** A workflow status of the simulated CSI workflow. */
export interface StatusDef {
  id: string;
  name: string;
  category: StatusCategoryKey;
}

/** A transition of the simulated workflow: from any of `from` to `to`. */
export interface TransitionDef {
  id: string;
  name: string;
  from: readonly string[];
  to: string;
}

/** Jira's built-in status categories (ids and colours as in Jira Cloud). */
export const STATUS_CATEGORIES: Record<
  StatusCategoryKey,
  { id: number; key: StatusCategoryKey; colorName: string; name: string }
> = {
  new: { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, key: 'done', colorName: 'green', name: 'Done' },
};

/**
 * To Do → Under Review → Approved → In Progress → Rolling Out → Done, plus Rejected. The app's
 * paused and terminated stages have no status here: an admin who wants them in Jira adds statuses
 * (Paused, Cancelled) to the workflow and maps them; unmapped, Jira's status stays where it was.
 */
export const STATUSES: readonly StatusDef[] = [
  { id: '10000', name: 'To Do', category: 'new' },
  { id: '10001', name: 'Under Review', category: 'new' },
  { id: '10002', name: 'Approved', category: 'new' },
  { id: '10003', name: 'In Progress', category: 'indeterminate' },
  { id: '10004', name: 'Rolling Out', category: 'indeterminate' },
  { id: '10005', name: 'Done', category: 'done' },
  { id: '10006', name: 'Rejected', category: 'done' },
];

/** The transitions of the simulated workflow (ids as Jira numbers them). */
export const TRANSITIONS: readonly TransitionDef[] = [
  { id: '11', name: 'Submit for review', from: ['To Do'], to: 'Under Review' },
  { id: '21', name: 'Approve', from: ['Under Review'], to: 'Approved' },
  { id: '31', name: 'Start work', from: ['Approved'], to: 'In Progress' },
  { id: '41', name: 'Roll out', from: ['In Progress'], to: 'Rolling Out' },
  { id: '51', name: 'Complete', from: ['Rolling Out'], to: 'Done' },
  { id: '61', name: 'Reject', from: ['To Do', 'Under Review', 'Approved'], to: 'Rejected' },
  { id: '71', name: 'Reopen', from: ['Done', 'Rejected'], to: 'To Do' },
  // The moves the CSI app makes when it records a decision (issue 10 item 1): a reopen takes a
  // rejected or terminated initiative back under review, a checkpoint no-go takes a pilot or a
  // rollout back to approved. A person trying them in Jira meets the CSI gate, which refuses a
  // decision only the app records and says where to take it.
  {
    id: '72',
    name: 'Back to review',
    from: ['Rejected', 'Approved', 'In Progress', 'Rolling Out'],
    to: 'Under Review',
  },
  { id: '81', name: 'Back to approved', from: ['In Progress', 'Rolling Out'], to: 'Approved' },
];

/** Jira's default priorities; `rank` 1 is the highest. */
export const PRIORITIES = [
  { id: '1', name: 'Highest', rank: 1 },
  { id: '2', name: 'High', rank: 2 },
  { id: '3', name: 'Medium', rank: 3 },
  { id: '4', name: 'Low', rank: 4 },
  { id: '5', name: 'Lowest', rank: 5 },
] as const;

/** Issue types of the simulated site. */
export const ISSUE_TYPES = [
  { id: '10010', name: 'Improvement', description: 'An improvement or enhancement to an existing service.' },
  { id: '10011', name: 'Task', description: 'A small, distinct piece of work.' },
  { id: '10012', name: 'Bug', description: 'A problem which impairs or prevents the functions of a service.' },
] as const;

const lower = (s: string) => s.toLowerCase();

/** Finds a status by id or name (case-insensitive). */
export const findStatus = (nameOrId: string): StatusDef | undefined =>
  STATUSES.find((s) => s.id === nameOrId || lower(s.name) === lower(nameOrId));

/** Finds a priority by id or name. */
export const findPriority = (nameOrId: string) =>
  PRIORITIES.find((p) => p.id === nameOrId || lower(p.name) === lower(nameOrId));

/** Finds an issue type by id or name. */
export const findIssueType = (nameOrId: string) =>
  ISSUE_TYPES.find((t) => t.id === nameOrId || lower(t.name) === lower(nameOrId));

/** Transitions available from a status. */
export const transitionsFrom = (statusName: string): TransitionDef[] =>
  TRANSITIONS.filter((t) => t.from.includes(statusName));
