import api, { route } from '@forge/api';
import * as z from 'zod';
import { ensureOk } from './jira-gateway';
import { requestWithRetry } from './request-with-retry';

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };
const createdSchema = z.object({ id: z.string(), key: z.string() });
const errorSchema = z.object({
  errorMessages: z.array(z.string()).default([]),
  errors: z.record(z.string(), z.string()).default({}),
});

/** Plain text as an Atlassian Document Format document, one paragraph per line. */
export function adf(text: string) {
  const paragraph = (line: string) => ({ type: 'paragraph', content: line ? [{ type: 'text', text: line }] : [] });
  return { type: 'doc', version: 1, content: text.split('\n').map(paragraph) };
}

/** What the app creates: a fixed shape in the initiative's own project. */
export interface IssueDraft {
  projectKey: string;
  issueType: string;
  summary: string;
  description: string;
  dueDate: string;
  assigneeAccountId: string | null;
  /** Issue properties set on creation (`IssueUpdateDetails.properties`, EntityProperty `{ key, value }`). */
  properties?: Array<{ key: string; value: unknown }>;
}

/**
 * Creates an issue as the app: POST /rest/api/3/issue (createIssue, IssueUpdateDetails: `fields.project`,
 * `issuetype`, `summary`, `description` in ADF, `assignee.accountId`, `duedate` YYYY-MM-DD, and
 * `properties`). Jira's 400 and 403 become a refusal with its message; other failures throw.
 * createIssue is not idempotent: never retried here (the callers' claims are).
 */
export async function createIssueAsApp(
  draft: IssueDraft,
  what: string,
): Promise<{ ok: true; key: string } | { ok: false; message: string }> {
  const body = {
    fields: {
      project: { key: draft.projectKey },
      issuetype: { name: draft.issueType },
      summary: draft.summary.slice(0, 255),
      description: adf(draft.description),
      duedate: draft.dueDate,
      ...(draft.assigneeAccountId ? { assignee: { accountId: draft.assigneeAccountId } } : {}),
    },
    ...(draft.properties ? { properties: draft.properties } : {}),
  };
  const res = await api
    .asApp()
    .requestJira(route`/rest/api/3/issue`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) });
  if (res.status === 201) return { ok: true, key: createdSchema.parse(await res.json()).key };
  if (res.status !== 400 && res.status !== 403) await ensureOk(res, what);
  const parsed = errorSchema.safeParse(await res.json().catch(() => ({})));
  const errors = parsed.success ? parsed.data : { errorMessages: [], errors: {} };
  const message =
    errors.errorMessages[0] ??
    Object.entries(errors.errors)
      .map(([field, text]) => `${field}: ${text}`)
      .join('; ');
  return { ok: false, message: message || `Jira answered ${res.status}.` };
}

/**
 * Links `key` to the initiative as the app ("Relates"): POST /rest/api/3/issueLink (linkIssues,
 * LinkIssueRequestJsonBean). A duplicate link "indicates that the issue link was created": safe to
 * retry. False when Jira refused it (400, 403, 404).
 */
export async function linkToInitiative(initiativeKey: string, key: string, what: string): Promise<boolean> {
  const body = { type: { name: 'Relates' }, inwardIssue: { key: initiativeKey }, outwardIssue: { key } };
  const res = await requestWithRetry(() =>
    api.asApp().requestJira(route`/rest/api/3/issueLink`, {
      method: 'POST',
      headers: JSON_HEADERS,
      body: JSON.stringify(body),
    }),
  );
  if (res.status === 201) return true;
  if ([400, 403, 404].includes(res.status)) return false;
  await ensureOk(res, what);
  return false;
}
