import api, { route } from '@forge/api';
import * as z from 'zod';
import type { ActionIssue, ActionIssuesPort } from '../../application/pir/action-issues.port';
import { ACTION_PRIORITY_LABELS } from '../../domain/pir/pir.vocabulary';
import { createIssueAsApp, linkToInitiative } from './create-issue';
import { ensureOk } from './jira-gateway';
import { requestWithRetry } from './request-with-retry';

/**
 * The issue property every action issue is created with (manifest.yml `jira:entityProperty`
 * csi-pir-action-property): `pir` is the initiative's issue id (search alias `csiPirIssue`),
 * `action` the action's id within its PIR.
 */
export const ACTION_PROPERTY = 'csi-pir-action';

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

/** The most actions a PIR holds (PIR_CONTENT_LIMITS.items is 30): one page of the search holds them all. */
const PAGE = 100;

const propertySchema = z.object({ pir: z.string(), action: z.string() });
const issueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.object({
    status: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }) }),
    resolution: z.object({ name: z.string() }).nullable().optional(),
    assignee: z
      .object({ accountId: z.string(), displayName: z.string().default('') })
      .nullable()
      .optional(),
    duedate: z.string().nullable().optional(),
  }),
  properties: z.record(z.string(), z.unknown()).optional(),
});
const searchSchema = z.object({ issues: z.array(z.unknown()) });

/** The action issue a search result is, or undefined for one that is not (another property, no property). */
function actionIssueOf(raw: unknown, pirIssueId: string): ActionIssue | undefined {
  const parsed = issueSchema.safeParse(raw);
  const property = parsed.success ? propertySchema.safeParse(parsed.data.properties?.[ACTION_PROPERTY]) : undefined;
  if (!parsed.success || !property?.success || property.data.pir !== pirIssueId) return undefined;
  const { id, key, fields } = parsed.data;
  return {
    actionId: property.data.action,
    issueId: id,
    issueKey: key,
    statusName: fields.status.name,
    statusCategory: fields.status.statusCategory.key,
    resolution: fields.resolution?.name ?? null,
    assignee: fields.assignee ?? null,
    dueDate: fields.duedate ?? null,
  };
}

/**
 * Enhanced search (`POST /rest/api/3/search/jql`, SearchAndReconcileRequestBean) for the issues whose
 * csi-pir-action property names this PIR, with the property itself (`properties`) to tell which
 * action each is. One request: a PIR has at most 30 actions.
 */
async function searchActions(pirIssueId: string, as: 'user' | 'app'): Promise<ActionIssue[]> {
  if (!/^\d+$/.test(pirIssueId)) return [];
  const body = JSON.stringify({
    jql: `csiPirIssue = "${pirIssueId}"`,
    fields: ['status', 'resolution', 'assignee', 'duedate'],
    properties: [ACTION_PROPERTY],
    maxResults: PAGE,
  });
  const client = as === 'user' ? api.asUser() : api.asApp();
  const res = await requestWithRetry(() =>
    client.requestJira(route`/rest/api/3/search/jql`, { method: 'POST', headers: JSON_HEADERS, body }),
  );
  const page = searchSchema.parse(await (await ensureOk(res, 'Reading the PIR actions')).json());
  return page.issues.flatMap((raw) => actionIssueOf(raw, pirIssueId) ?? []);
}

/** The Jira side of PIR actions: issues created by the app (a fixed shape in the initiative's project), searched by their property. */
export const pirActionIssues: ActionIssuesPort = {
  search: (pirIssueId) => searchActions(pirIssueId, 'user'),
  searchAll: (pirIssueId) => searchActions(pirIssueId, 'app'),
  async create(draft) {
    const description =
      draft.description ??
      [
        `A follow-up action of the post-implementation review of ${draft.initiativeKey}.`,
        `Priority: ${ACTION_PRIORITY_LABELS[draft.priority]}. Due ${draft.dueDate}.`,
      ].join('\n');
    const created = await createIssueAsApp(
      {
        projectKey: draft.projectKey,
        issueType: draft.issueType,
        summary: draft.title,
        description,
        dueDate: draft.dueDate,
        assigneeAccountId: draft.ownerAccountId || null,
        properties: [{ key: ACTION_PROPERTY, value: { pir: draft.pirIssueId, action: draft.actionId } }],
      },
      'Creating the action issue',
    );
    return created.ok ? { ok: true, issueKey: created.key } : created;
  },
  async pirOf(issueId) {
    // GET /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey} (getIssueProperty): 404 when the issue has none.
    const res = await requestWithRetry(() =>
      api.asApp().requestJira(route`/rest/api/3/issue/${issueId}/properties/${ACTION_PROPERTY}`, {
        headers: JSON_HEADERS,
      }),
    );
    if (res.status === 404) return undefined;
    const body = z
      .object({ value: z.unknown() })
      .parse(await (await ensureOk(res, 'Reading the action property')).json());
    const property = propertySchema.safeParse(body.value);
    return property.success ? property.data.pir : undefined;
  },
  async remind(reminder) {
    const when = { before: 'is due tomorrow', on: 'is due today', after: 'is overdue' }[reminder.kind];
    const textBody = [
      `The follow-up action "${reminder.title}" of ${reminder.initiativeKey}'s post-implementation review ${when} (${reminder.dueDate}).`,
      "Close the issue when it is done, or resolve it as Won't Do with a reason.",
    ].join('\n');
    const body = JSON.stringify({
      subject: `${reminder.issueKey} ${when}: ${reminder.title}`.slice(0, 255),
      textBody,
      to: { assignee: true },
    });
    // POST /rest/api/3/issue/{issueIdOrKey}/notify (notify): 204 when queued; 400 e.g. when unassigned.
    const res = await requestWithRetry(() =>
      api.asApp().requestJira(route`/rest/api/3/issue/${reminder.issueKey}/notify`, {
        method: 'POST',
        headers: JSON_HEADERS,
        body,
      }),
    );
    if (res.status === 204) return true;
    if ([400, 403, 404].includes(res.status)) return false;
    await ensureOk(res, 'Sending a reminder');
    return false;
  },
  link: (initiativeKey, actionKey) => linkToInitiative(initiativeKey, actionKey, 'Linking the action issue'),
};
