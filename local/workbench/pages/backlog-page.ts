import { z } from 'zod';
import type { LocalHost } from '../../host';
import { escapeHtml } from '../../server/http-utils';
import type { PageChrome } from '../layout';
import { productCall, textOf } from './product-call';

const searchSchema = z.object({
  issues: z.array(z.object({ key: z.string(), fields: z.record(z.string(), z.unknown()) })),
});

/** A backlog-like list ordered by a JQL query, as sprint planning would sort by the CSI score. */
export async function backlogPage(host: LocalHost, chrome: PageChrome, projectKey: string, jqlParam: string | null) {
  const jql = jqlParam ?? `project = ${projectKey} AND csiScore >= 0 ORDER BY csiScore DESC`;
  const fieldId = host.store.fields.byModuleKey('csi-score-field')?.id ?? 'customfield_10100';
  const res = await productCall(host, 'jira', chrome.accountId, 'POST', '/rest/api/3/search/jql', {
    jql,
    fields: ['summary', 'status', fieldId],
    maxResults: 100,
  });
  const form = `<form class="jql" method="get"><input type="hidden" name="as" value="${escapeHtml(chrome.accountId)}"><input type="hidden" name="theme" value="${chrome.colorMode}"><label for="jql" class="visually-hidden">JQL</label><input id="jql" name="jql" value="${escapeHtml(jql)}" aria-label="JQL"><button class="primary">Search</button></form>`;
  if (res.status !== 200) {
    const message = z.object({ errorMessages: z.array(z.string()) }).safeParse(res.json);
    return {
      title: 'Backlog',
      body: `<h1>Backlog</h1>${form}<p class="notice error" role="alert">${escapeHtml(message.success ? message.data.errorMessages.join(' ') : `Search failed (${res.status})`)}</p>`,
    };
  }
  const rows = searchSchema.parse(res.json).issues.map((issue, i) => {
    const status = z.object({ name: z.string() }).safeParse(issue.fields.status);
    const score = issue.fields[fieldId];
    return `<tr data-testid="backlog-row"><td>${i + 1}</td><td><a href="/jira/browse/${escapeHtml(issue.key)}?as=${escapeHtml(chrome.accountId)}&theme=${chrome.colorMode}">${escapeHtml(issue.key)}</a></td><td>${escapeHtml(textOf(issue.fields.summary))}</td><td>${escapeHtml(status.success ? status.data.name : '')}</td><td data-testid="backlog-score">${escapeHtml(textOf(score))}</td></tr>`;
  });
  return {
    title: 'Backlog',
    body: `<h1>Backlog</h1>${form}<table class="list"><thead><tr><th>#</th><th>Key</th><th>Summary</th><th>Status</th><th>CSI score</th></tr></thead><tbody>${rows.join('') || '<tr><td colspan="5">No issues match this JQL.</td></tr>'}</tbody></table>`,
  };
}
