import * as z from 'zod';
import type { EventIssueFacts, FactsVersion } from '../../application/lifecycle/sync-issue.use-case';

/**
 * The documented payloads of `avi:jira:created:issue`, `avi:jira:updated:issue` and
 * `avi:jira:deleted:issue` (events-reference/jira, "Issue events"): the parts the app uses. Users
 * carry only `accountId`; `issue.fields` uses the REST field ids (`issuetype`).
 */
const user = z.object({ accountId: z.string().min(1) });
const id = z.union([z.string().min(1), z.number()]).transform(String);
const fields = z.object({
  summary: z.string(),
  issuetype: z.object({ name: z.string().min(1) }),
  project: z.object({ key: z.string().min(1) }),
  status: z.object({ name: z.string().min(1), statusCategory: z.object({ key: z.string().min(1) }) }),
  assignee: user.nullable().optional(),
  updated: z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be a date-time'),
});
const issue = z.object({ id, key: z.string().min(1), fields });
const changeItem = z.object({
  field: z.string(),
  fieldId: z.string().optional(),
  to: z.string().nullable(),
  toString: z.string().nullable(),
});
const timestamp = z.string().regex(/^\d+$/, 'must be epoch milliseconds').optional();

export const issueEventSchema = z.discriminatedUnion('eventType', [
  z.object({ eventType: z.literal('avi:jira:created:issue'), issue, timestamp }),
  z.object({
    eventType: z.literal('avi:jira:updated:issue'),
    issue,
    timestamp,
    changelog: z.object({ id: z.string().regex(/^\d+$/, 'must be a numeric id'), items: z.array(changeItem) }),
  }),
  z.object({
    eventType: z.literal('avi:jira:deleted:issue'),
    issue: z.object({
      id,
      key: z.string().min(1),
      fields: z.object({ issuetype: z.object({ name: z.string() }) }).partial(),
    }),
    timestamp,
  }),
]);

export type IssueEventPayload = z.infer<typeof issueEventSchema>;
type Changed = Exclude<IssueEventPayload, { eventType: 'avi:jira:deleted:issue' }>;

/** The changelog fields whose change the app copies (the manifest's filter.expression names the same). */
export const COPIED_FIELDS = ['summary', 'status', 'assignee', 'issuetype', 'project'] as const;

/** Whether an update touches a copied fact; creations always do. */
export function touchesCopiedFacts(event: Changed): boolean {
  if (event.eventType !== 'avi:jira:updated:issue') return true;
  return event.changelog.items.some((i) => (COPIED_FIELDS as readonly string[]).includes(i.fieldId ?? i.field));
}

/** Whether this update changed the issue's status. */
export function statusMoved(event: Changed): boolean {
  return (
    event.eventType === 'avi:jira:updated:issue' &&
    event.changelog.items.some((i) => (i.fieldId ?? i.field) === 'status')
  );
}

/**
 * Whether this update moved the issue into a done status: its changelog changed the status and the
 * status it now has is in the `done` category (the payload's own, not the stored copy: events come
 * in any order, and a late one still says where that move led).
 */
export function reachedDone(event: Changed): boolean {
  return statusMoved(event) && event.issue.fields.status.statusCategory.key === 'done';
}

/** The facts and their version, from the event alone (the owner's name from the changelog, if it names one). */
export function factsOf(event: Changed): { facts: EventIssueFacts; version: FactsVersion } {
  const f = event.issue.fields;
  const assigned =
    event.eventType === 'avi:jira:updated:issue'
      ? event.changelog.items.find((i) => (i.fieldId ?? i.field) === 'assignee' && i.to === f.assignee?.accountId)
      : undefined;
  return {
    facts: {
      id: event.issue.id,
      key: event.issue.key,
      projectKey: f.project.key,
      summary: f.summary,
      status: f.status.name,
      statusCategory: f.status.statusCategory.key,
      issueType: f.issuetype.name,
      owner: f.assignee ? { accountId: f.assignee.accountId, displayName: assigned?.toString ?? null } : null,
    },
    version: {
      updated: Date.parse(f.updated),
      changelog: event.eventType === 'avi:jira:updated:issue' ? Number(event.changelog.id) : 0,
    },
  };
}
