import { z } from 'zod';
import type { LocalHost } from '../../host';
import { escapeHtml } from '../../server/http-utils';
import { appFrame, type PageChrome } from '../layout';

const linkSchema = z.array(
  z.object({
    type: z.object({ inward: z.string(), outward: z.string() }),
    inwardIssue: z.object({ key: z.string(), fields: z.object({ summary: z.string() }) }).optional(),
    outwardIssue: z.object({ key: z.string(), fields: z.object({ summary: z.string() }) }).optional(),
  }),
);

const pageUrl = (chrome: PageChrome, key: string, extra = '') =>
  `/jira/browse/${encodeURIComponent(key)}?as=${encodeURIComponent(chrome.accountId)}&theme=${chrome.colorMode}${extra}`;

/**
 * The issue view's more-actions menu: one entry per `jira:issueAction` module of the manifest
 * (mirror/manifest-reference/modules/jira-issue-action/index.md: "adds a menu item ... When the
 * menu item is clicked, the module's function renders a modal dialog"), and the open dialog.
 */
export function issueActions(host: LocalHost, chrome: PageChrome, key: string, open: string | null): string {
  const actions = host.manifest.modules.filter((m) => m.type === 'jira:issueAction');
  const menu = actions
    .map(
      (m) =>
        `<a class="button" href="${escapeHtml(pageUrl(chrome, key, `&action=${encodeURIComponent(m.key)}`))}">${escapeHtml(m.title ?? m.key)}</a>`,
    )
    .join('');
  const opened = actions.find((m) => m.key === open);
  if (!opened) return `<div class="issue-actions" aria-label="More actions">${menu}</div>`;
  const frame = host.frames.create({
    moduleKey: opened.key,
    accountId: chrome.accountId,
    issueKey: key,
    colorMode: chrome.colorMode,
  });
  return `<div class="issue-actions" aria-label="More actions">${menu}</div>
<section role="dialog" aria-modal="false" aria-label="${escapeHtml(opened.title ?? opened.key)}" class="issue-action-dialog">
  ${appFrame(frame.token, opened.title ?? opened.key, 420)}
  <p><a href="${escapeHtml(pageUrl(chrome, key))}">Close</a></p>
</section>`;
}

/** The issue's links (`fields.issuelinks`, `IssueLink[]`), as Jira's "Linked issues" section lists them. */
export function linkedIssues(chrome: PageChrome, links: unknown): string {
  const parsed = linkSchema.safeParse(links ?? []);
  if (!parsed.success || parsed.data.length === 0) return '';
  const items = parsed.data.map((l) => {
    const other = l.outwardIssue ?? l.inwardIssue;
    const verb = l.outwardIssue ? l.type.inward : l.type.outward;
    if (!other) return '';
    return `<li>${escapeHtml(verb)} <a href="${escapeHtml(pageUrl(chrome, other.key))}">${escapeHtml(other.key)}</a> ${escapeHtml(other.fields.summary)}</li>`;
  });
  return `<h2 class="panel-title">Linked issues</h2><ul class="linked-issues" data-testid="linked-issues">${items.join('')}</ul>`;
}
