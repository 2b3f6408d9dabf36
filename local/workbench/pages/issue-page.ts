import { z } from 'zod';
import type { LocalHost } from '../../host';
import { escapeHtml } from '../../server/http-utils';
import { appFrame, type PageChrome } from '../layout';
import { issueActions, linkedIssues } from './issue-actions';
import { productCall, textOf } from './product-call';

const issueSchema = z.object({
  key: z.string(),
  fields: z.record(z.string(), z.unknown()),
});
const named = z.object({ name: z.string() }).nullish();
const person = z.object({ displayName: z.string() }).nullish();
const transitionsSchema = z.object({ transitions: z.array(z.object({ id: z.string(), name: z.string() })) });

/** Imitates Jira's issue view: fields (with the CSI score field as Jira shows it) and the app's panel. */
export async function issuePage(host: LocalHost, chrome: PageChrome, key: string, action: string | null = null) {
  const fieldId = host.store.fields.byModuleKey('csi-score-field')?.id ?? 'customfield_10100';
  const res = await productCall(
    host,
    'jira',
    chrome.accountId,
    'GET',
    `/rest/api/3/issue/${key}?fields=summary,status,issuetype,assignee,priority,labels,description,issuelinks,${fieldId}`,
  );
  if (res.status !== 200) {
    return {
      title: key,
      body: `<p class="notice error">You can't see issue ${escapeHtml(key)}: it does not exist or you do not have permission to browse it.</p>`,
    };
  }
  const issue = issueSchema.parse(res.json);
  const f = issue.fields;
  const score = f[fieldId];
  const transitions = await productCall(host, 'jira', chrome.accountId, 'GET', `/rest/api/3/issue/${key}/transitions`);
  const buttons =
    transitions.status === 200
      ? transitionsSchema
          .parse(transitions.json)
          .transitions.map(
            (t) =>
              `<button data-transition="${escapeHtml(t.id)}" data-issue="${escapeHtml(key)}" data-as="${escapeHtml(chrome.accountId)}">${escapeHtml(t.name)}</button>`,
          )
          .join('')
      : '';
  const frame = host.frames.create({
    moduleKey: 'csi-issue-panel',
    accountId: chrome.accountId,
    issueKey: key,
    colorMode: chrome.colorMode,
  });
  const description = typeof f.description === 'string' ? f.description : adfText(f.description);
  return {
    title: `${key}: ${textOf(f.summary)}`,
    body: `<div class="issue">
<section>
  <p><a href="/jira/projects/${escapeHtml(key.split('-')[0] ?? '')}?as=${escapeHtml(chrome.accountId)}&theme=${chrome.colorMode}">Projects</a> / ${escapeHtml(key)}</p>
  <h1>${escapeHtml(textOf(f.summary))}</h1>
  <div class="transitions" aria-label="Workflow">${buttons}</div>
  <p id="transition-status" class="notice error" role="alert" hidden></p>
  ${issueActions(host, chrome, key, action)}
  <h2 class="panel-title">Description</h2>
  <p style="white-space:pre-wrap">${escapeHtml(description)}</p>
  ${linkedIssues(chrome, f.issuelinks)}
  <h2 class="panel-title">CSI score</h2>
  ${appFrame(frame.token, 'CSI score panel', 300)}
</section>
<aside>
  <dl class="fields">
    <dt>Status</dt><dd>${escapeHtml(named.parse(f.status)?.name ?? '')}</dd>
    <dt>Issue type</dt><dd>${escapeHtml(named.parse(f.issuetype)?.name ?? '')}</dd>
    <dt>Priority</dt><dd>${escapeHtml(named.parse(f.priority)?.name ?? '')}</dd>
    <dt>Assignee</dt><dd>${escapeHtml(person.parse(f.assignee)?.displayName ?? 'Unassigned')}</dd>
    <dt>CSI score</dt><dd class="score-field" data-testid="csi-score-field">${score === null || score === undefined ? 'None' : escapeHtml(textOf(score))}</dd>
    <dt>Labels</dt><dd>${escapeHtml((Array.isArray(f.labels) ? f.labels : []).join(', '))}</dd>
  </dl>
</aside>
</div>`,
  };
}

function adfText(node: unknown): string {
  if (node === null || typeof node !== 'object') return '';
  const n = node as { text?: unknown; content?: unknown[]; type?: string };
  const own = typeof n.text === 'string' ? n.text : '';
  const children = Array.isArray(n.content) ? n.content.map(adfText).join(n.type === 'doc' ? '\n' : '') : '';
  return own + children;
}
