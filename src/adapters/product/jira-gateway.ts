import api, { getAppContext, route } from '@forge/api';
import { kvs } from '@forge/kvs';
import { KEYS } from '../storage/keys';
import * as z from 'zod';
import type { IssueFacts } from '../../application/ports';
import { requestWithRetry } from './request-with-retry';

export const SCORE_FIELD_MODULE_KEY = 'csi-score-field';

const userSchema = z.object({ accountId: z.string(), displayName: z.string() });

const issueSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.object({
    summary: z.string(),
    status: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }) }),
    issuetype: z.object({ name: z.string() }),
    project: z.object({ key: z.string() }),
    assignee: userSchema.nullable().optional(),
  }),
});

export class ProductError extends Error {
  override readonly name = 'ProductError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function ensureOk<R extends { ok: boolean; status: number; text(): Promise<string> }>(
  response: R,
  what: string,
): Promise<R> {
  if (response.ok) return response;
  throw new ProductError(
    response.status,
    `${what} failed with ${response.status}: ${(await response.text()).slice(0, 200)}`,
  );
}

/** The calling user's name (a user reference in history rows and decisions). */
export async function currentUser(): Promise<{ accountId: string; displayName: string }> {
  const res = await requestWithRetry(() =>
    api.asUser().requestJira(route`/rest/api/3/myself`, { headers: { Accept: 'application/json' } }),
  );
  return userSchema.parse(await (await ensureOk(res, 'Reading the current user')).json());
}

/** The facts the app keeps about an issue, read as the app. */
export async function readIssue(issueIdOrKey: string): Promise<IssueFacts> {
  const res = await requestWithRetry(() =>
    api.asApp().requestJira(route`/rest/api/3/issue/${issueIdOrKey}?fields=summary,status,issuetype,project,assignee`, {
      headers: { Accept: 'application/json' },
    }),
  );
  const issue = issueSchema.parse(await (await ensureOk(res, `Reading issue ${issueIdOrKey}`)).json());
  return {
    id: issue.id,
    key: issue.key,
    projectKey: issue.fields.project.key,
    summary: issue.fields.summary,
    status: issue.fields.status.name,
    statusCategory: issue.fields.status.statusCategory.key,
    issueType: issue.fields.issuetype.name,
    owner: issue.fields.assignee ?? null,
  };
}

const fieldsSchema = z.array(
  z.object({ id: z.string(), schema: z.object({ custom: z.string().optional() }).optional() }),
);

const storedFieldSchema = z.object({ extension: z.string(), id: z.string().regex(/^customfield_\d+$/) });

/**
 * The exact id Jira gives this environment's "CSI score" field as `schema.custom`:
 * `ari:cloud:ecosystem::extension/<app-id>/<environment-id>/static/<module-key>` (Forge docs,
 * manifest-reference/modules/jira-custom-field, "Field lifecycle"). A development and a production
 * install on one site have one field each; only the running environment's is ours.
 */
export function scoreFieldExtension(): string {
  const { appAri, environmentAri } = getAppContext();
  return `ari:cloud:ecosystem::extension/${appAri.appId}/${environmentAri.environmentId}/static/${SCORE_FIELD_MODULE_KEY}`;
}

/**
 * The Jira id (`customfield_N`) of this installation's "CSI score" field, found through
 * `GET /rest/api/3/field` by the exact extension id and kept in the installation's storage with the
 * extension it was found for (an id stored without it, by older versions, is looked up again).
 * Nothing is kept in memory: one warm instance serves several sites (tenant-data-isolation).
 */
export async function scoreFieldId(): Promise<string> {
  const extension = scoreFieldExtension();
  const stored = storedFieldSchema.safeParse(await kvs.get<unknown>(KEYS.scoreFieldId));
  if (stored.success && stored.data.extension === extension) return stored.data.id;
  const res = await requestWithRetry(() =>
    api.asApp().requestJira(route`/rest/api/3/field`, { headers: { Accept: 'application/json' } }),
  );
  const fields = fieldsSchema.parse(await (await ensureOk(res, 'Listing Jira fields')).json());
  const field = fields.find((f) => f.schema?.custom === extension);
  if (!field) throw new ProductError(404, 'The CSI score field is not installed in Jira');
  await kvs.set(KEYS.scoreFieldId, { extension, id: field.id });
  return field.id;
}
