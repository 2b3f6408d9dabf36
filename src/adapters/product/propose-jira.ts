import api, { route } from '@forge/api';
import * as z from 'zod';
import type { CreateOutcome, ProposeJiraPort } from '../../application/propose/propose.ports';
import { ensureOk } from './jira-gateway';
import { requestWithRetry } from './request-with-retry';

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };

const sourceSchema = z.object({
  key: z.string(),
  fields: z.object({ summary: z.string(), issuetype: z.object({ name: z.string() }) }),
});
const projectSchema = z.object({ id: z.string(), key: z.string(), name: z.string() });
const pageSchema = z.object({ values: z.array(projectSchema), isLast: z.boolean().optional() });
const grantsSchema = z.object({
  projectPermissions: z.array(z.object({ permission: z.string(), projects: z.array(z.number()).default([]) })),
});
const createdSchema = z.object({ id: z.string(), key: z.string() });
const errorSchema = z.object({
  errorMessages: z.array(z.string()).default([]),
  errors: z.record(z.string(), z.string()).default({}),
});

/** Jira's field names on create, as the dialog's fields name them. */
const FIELD_OF: Record<string, string> = {
  summary: 'summary',
  description: 'why',
  project: 'targetProject',
  issuetype: 'issueType',
};

/** The description: the why, then the source's key as evidence (Atlassian Document Format). */
function description(why: string, sourceKey: string) {
  const paragraph = (text: string) => ({ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] });
  return {
    type: 'doc',
    version: 1,
    content: [...why.split('\n').map(paragraph), paragraph(`Evidence: ${sourceKey}`)],
  };
}

async function createIssue(draft: Parameters<ProposeJiraPort['create']>[0]): Promise<CreateOutcome> {
  const body = {
    fields: {
      project: { key: draft.projectKey },
      issuetype: { name: draft.issueType },
      summary: draft.summary,
      description: description(draft.why, draft.sourceKey),
    },
  };
  // POST /rest/api/3/issue (createIssue) is not idempotent: never retried (the request record is).
  const res = await api
    .asUser()
    .requestJira(route`/rest/api/3/issue`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) });
  if (res.status === 201) return { ok: true, ...createdSchema.parse(await res.json()) };
  if (res.status !== 400 && res.status !== 403) await ensureOk(res, 'Creating the proposal');
  const parsed = errorSchema.safeParse(await res.json().catch(() => ({})));
  const errors = parsed.success ? parsed.data : { errorMessages: [], errors: {} };
  const fieldErrors = Object.fromEntries(
    Object.entries(errors.errors).map(([field, message]) => [FIELD_OF[field] ?? field, [message]]),
  );
  const message =
    errors.errorMessages[0] ??
    (res.status === 403 ? 'Jira refused to create the proposal.' : 'Jira refused some fields.');
  return { ok: false, status: res.status, message, fieldErrors };
}

/** The "Propose an improvement" action's Jira calls, all as the calling user. */
export const proposeJira: ProposeJiraPort = {
  async source(key) {
    const res = await requestWithRetry(() =>
      api.asUser().requestJira(route`/rest/api/3/issue/${key}?fields=summary,issuetype`, { headers: JSON_HEADERS }),
    );
    const issue = sourceSchema.parse(await (await ensureOk(res, `Reading issue ${key}`)).json());
    return { key: issue.key, summary: issue.fields.summary, issueType: issue.fields.issuetype.name };
  },
  async creatableProjects() {
    // searchProjects with action=create: projects where the user has Browse Projects and Create Issues.
    const res = await requestWithRetry(() =>
      api
        .asUser()
        .requestJira(route`/rest/api/3/project/search?action=create&maxResults=50`, { headers: JSON_HEADERS }),
    );
    return pageSchema.parse(await (await ensureOk(res, 'Listing projects')).json()).values;
  },
  async project(key) {
    const res = await requestWithRetry(() =>
      api.asUser().requestJira(route`/rest/api/3/project/${key}`, { headers: JSON_HEADERS }),
    );
    if (res.status === 404 || res.status === 403) return undefined;
    const project = projectSchema.parse(await (await ensureOk(res, `Reading project ${key}`)).json());
    // The permission check the app uses everywhere (POST /permissions/check, BulkProjectPermissions).
    const body = { projectPermissions: [{ permissions: ['CREATE_ISSUES'], projects: [Number(project.id)] }] };
    const check = await requestWithRetry(() =>
      api.asUser().requestJira(route`/rest/api/3/permissions/check`, {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify(body),
      }),
    );
    const grants = grantsSchema.parse(await (await ensureOk(check, 'Checking the create permission')).json());
    const canCreate = grants.projectPermissions.some(
      (p) => p.permission === 'CREATE_ISSUES' && p.projects.includes(Number(project.id)),
    );
    return { ...project, canCreate };
  },
  create: createIssue,
  async link(sourceKey, proposalKey) {
    // A duplicate link "indicates that the issue link was created" (linkIssues): safe to retry.
    const body = { type: { name: 'Relates' }, inwardIssue: { key: sourceKey }, outwardIssue: { key: proposalKey } };
    const res = await requestWithRetry(() =>
      api.asUser().requestJira(route`/rest/api/3/issueLink`, {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify(body),
      }),
    );
    if (res.status === 201) return true;
    if (res.status === 404 || res.status === 400 || res.status === 403) return false;
    await ensureOk(res, 'Linking the proposal');
    return false;
  },
};
