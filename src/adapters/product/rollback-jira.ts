import api, { route } from '@forge/api';
import * as z from 'zod';
import type { RollbackJiraPort } from '../../application/pilot/checkpoint.ports';
import { ensureOk } from './jira-gateway';
import { requestWithRetry } from './request-with-retry';

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json' };
const createdSchema = z.object({ id: z.string(), key: z.string() });
const errorSchema = z.object({
  errorMessages: z.array(z.string()).default([]),
  errors: z.record(z.string(), z.string()).default({}),
});

/** Plain text as an Atlassian Document Format document, one paragraph per line. */
function adf(text: string) {
  const paragraph = (line: string) => ({ type: 'paragraph', content: line ? [{ type: 'text', text: line }] : [] });
  return { type: 'doc', version: 1, content: text.split('\n').map(paragraph) };
}

/**
 * A no-go's rollback work in Jira, created by the app (asApp): the tracked work follows from a CSI
 * admin's recorded decision, and a CAB member need not hold Create Issues in the CSI project (the
 * demo's CSI admin does not). Only this fixed shape, in the initiative's own project, is created. POST /rest/api/3/issue (createIssue, IssueUpdateDetails: `fields.project`,
 * `issuetype`, `summary`, `description` in ADF, `assignee.accountId`, `duedate` YYYY-MM-DD), then
 * POST /rest/api/3/issueLink (linkIssues, LinkIssueRequestJsonBean).
 */
export const rollbackJira: RollbackJiraPort = {
  async create(draft) {
    const body = {
      fields: {
        project: { key: draft.projectKey },
        issuetype: { name: draft.issueType },
        summary: draft.summary,
        description: adf(draft.description),
        duedate: draft.dueDate,
        ...(draft.assigneeAccountId ? { assignee: { accountId: draft.assigneeAccountId } } : {}),
      },
    };
    // createIssue is not idempotent: never retried here (the claim on the checkpoint is).
    const res = await api
      .asApp()
      .requestJira(route`/rest/api/3/issue`, { method: 'POST', headers: JSON_HEADERS, body: JSON.stringify(body) });
    if (res.status === 201) return { ok: true, key: createdSchema.parse(await res.json()).key };
    if (res.status !== 400 && res.status !== 403) await ensureOk(res, 'Creating the rollback issue');
    const parsed = errorSchema.safeParse(await res.json().catch(() => ({})));
    const errors = parsed.success ? parsed.data : { errorMessages: [], errors: {} };
    const message =
      errors.errorMessages[0] ??
      Object.entries(errors.errors)
        .map(([field, text]) => `${field}: ${text}`)
        .join('; ') ??
      '';
    return { ok: false, message: message || `Jira answered ${res.status}.` };
  },
  async link(initiativeKey, rollbackKey) {
    // A duplicate link "indicates that the issue link was created" (linkIssues): safe to retry.
    const body = { type: { name: 'Relates' }, inwardIssue: { key: initiativeKey }, outwardIssue: { key: rollbackKey } };
    const res = await requestWithRetry(() =>
      api.asApp().requestJira(route`/rest/api/3/issueLink`, {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify(body),
      }),
    );
    if (res.status === 201) return true;
    if ([400, 403, 404].includes(res.status)) return false;
    await ensureOk(res, 'Linking the rollback issue');
    return false;
  },
};
