import api, { getAppContext, route } from '@forge/api';
import * as z from 'zod';
import { ensureOk, ProductError } from './jira-gateway';
import { requestWithRetry } from './request-with-retry';

export const SEAL_FIELD_MODULE_KEY = 'csi-log-seal';
/** The label that finds the seal issue in Jira (not in the app's storage, which a rewrite could repoint). */
export const SEAL_LABEL = 'csi-log-seal';

const json = { Accept: 'application/json', 'Content-Type': 'application/json' };
const fieldsSchema = z.array(
  z.object({ id: z.string(), schema: z.object({ custom: z.string().optional() }).optional() }),
);
const searchSchema = z.object({ issues: z.array(z.object({ id: z.string(), key: z.string() })) });

export interface SealIssue {
  id: string;
  key: string;
}

/**
 * The Jira id of this environment's seal field, found through `GET /rest/api/3/field` by its
 * `schema.custom` extension id (manifest-reference/modules/jira-custom-field, "Field lifecycle").
 * Read from Jira every run, never from storage: a rewritten storage must not point the check elsewhere.
 */
export async function sealFieldId(): Promise<string> {
  const { appAri, environmentAri } = getAppContext();
  const extension = `ari:cloud:ecosystem::extension/${appAri.appId}/${environmentAri.environmentId}/static/${SEAL_FIELD_MODULE_KEY}`;
  const res = await requestWithRetry(() => api.asApp().requestJira(route`/rest/api/3/field`, { headers: json }));
  const field = fieldsSchema
    .parse(await (await ensureOk(res, 'Listing Jira fields')).json())
    .find((f) => f.schema?.custom === extension);
  if (!field) throw new ProductError(404, 'The CSI decision log seal field is not installed in Jira');
  return field.id;
}

/**
 * The oldest issue labelled `csi-log-seal` (the admin chooses it: an issue in a project where the
 * app, through the atlassian-addons-project-access role, has no Delete Issues permission), found with enhanced search (`POST /rest/api/3/search/jql`), or undefined when none is labelled.
 */
export async function findSealIssue(): Promise<SealIssue | undefined> {
  const body = JSON.stringify({ jql: `labels = ${SEAL_LABEL} ORDER BY created ASC`, fields: ['key'], maxResults: 1 });
  const res = await requestWithRetry(() =>
    api.asApp().requestJira(route`/rest/api/3/search/jql`, { method: 'POST', headers: json, body }),
  );
  return searchSchema.parse(await (await ensureOk(res, 'Finding the seal issue')).json()).issues[0];
}
