import type { LocalHost } from '../../host';
import { escapeHtml } from '../../server/http-utils';
import type { PageChrome } from '../layout';
import { globalPagePath } from '../../app/global-page-path';

/** The workbench start page: where to go and who you are. */
export function indexPage(host: LocalHost, chrome: PageChrome) {
  const q = `as=${encodeURIComponent(chrome.accountId)}&theme=${chrome.colorMode}`;
  const issues = host.store.issues
    .list()
    .slice(0, 8)
    .map(
      (i) =>
        `<a href="/jira/browse/${escapeHtml(i.key)}?${q}"><strong>${escapeHtml(i.key)}</strong><br>${escapeHtml(i.summary)}</a>`,
    )
    .join('');
  return {
    title: 'CSI workbench',
    body: `<h1>CSI for Jira and Confluence — local workbench</h1>
<p>The real app (the same <code>src/</code> handlers and <code>static/</code> build that deploy to Forge) running on a simulated Jira and Confluence. Switch users at the top right to see what each role may do.</p>
<div class="cards">
<a href="/jira/projects/CSI?${q}"><strong>Portfolio</strong><br>Initiatives ranked by CSI score, balance, decision log</a>
<a href="/jira/projects/CSI/backlog?${q}"><strong>Backlog (JQL)</strong><br>Sprint planning ordered by <code>csiScore</code></a>
<a href="${globalPagePath()}?${q}"><strong>CSI programme</strong><br>Scoring configuration: criteria, weights, thresholds (CSI admins)</a>
<a href="/jira/admin?${q}"><strong>Jira settings: CSI settings</strong><br>Who holds the CSI-admin role (Jira admins)</a>
<a href="/confluence/pages/30001?${q}"><strong>Confluence: CSI report</strong><br>Decision log and progress report macros</a>
</div>
<h2>Initiatives</h2><div class="cards">${issues}</div>`,
  };
}
