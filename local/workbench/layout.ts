import { escapeHtml } from '../server/http-utils';
import { globalPagePath } from '../app/global-page-path';

export interface PageChrome {
  title: string;
  product: 'Jira' | 'Confluence' | 'Workbench';
  accountId: string;
  users: Array<{ accountId: string; displayName: string; role: string }>;
  colorMode: 'light' | 'dark';
  /** The current URL path and query (for the user switcher and theme links). */
  path: string;
}

/** The workbench chrome around every page: product bar, navigation, user switcher, theme toggle. */
export function layout(chrome: PageChrome, body: string): string {
  const options = chrome.users
    .map(
      (u) =>
        `<option value="${escapeHtml(u.accountId)}"${u.accountId === chrome.accountId ? ' selected' : ''}>${escapeHtml(u.displayName)} — ${escapeHtml(u.role)}</option>`,
    )
    .join('');
  const other = chrome.colorMode === 'dark' ? 'light' : 'dark';
  return `<!doctype html>
<html lang="en" data-color-mode="${chrome.colorMode}" data-theme="dark:dark light:light">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(chrome.title)} — ${chrome.product} (local)</title>
<link rel="stylesheet" href="/__local/theme.css"><link rel="stylesheet" href="/__local/workbench.css">
</head>
<body>
<header class="bar">
  <a class="brand" href="/?as=${escapeHtml(chrome.accountId)}&theme=${chrome.colorMode}">${chrome.product === 'Confluence' ? 'Confluence' : 'Jira'} <span>local</span></a>
  <nav>
    <a href="/jira/projects/CSI?as=${escapeHtml(chrome.accountId)}&theme=${chrome.colorMode}">Portfolio</a>
    <a href="/jira/projects/CSI/backlog?as=${escapeHtml(chrome.accountId)}&theme=${chrome.colorMode}">Backlog</a>
    <a href="${globalPagePath()}?as=${escapeHtml(chrome.accountId)}&theme=${chrome.colorMode}">CSI programme</a>
    <a href="/jira/admin?as=${escapeHtml(chrome.accountId)}&theme=${chrome.colorMode}">Jira settings</a>
    <a href="/confluence/pages/30001?as=${escapeHtml(chrome.accountId)}&theme=${chrome.colorMode}">CSI report</a>
  </nav>
  <form class="who" method="get" action="${escapeHtml(chrome.path.split('?')[0] ?? '/')}">
    <label for="as">Acting as</label>
    <select id="as" name="as" onchange="this.form.submit()">${options}</select>
    <input type="hidden" name="theme" value="${chrome.colorMode}">
    <noscript><button>Switch</button></noscript>
  </form>
  <a class="theme" href="?as=${escapeHtml(chrome.accountId)}&theme=${other}" aria-label="Switch to ${other} mode">${other === 'dark' ? 'Dark' : 'Light'} mode</a>
</header>
<main>${body}</main>
<script src="/__local/workbench.js"></script>
</body></html>`;
}

/** An app frame: the production build in an iframe bound to a frame token. */
export function appFrame(token: string, title: string, minHeight = 200): string {
  return `<iframe class="app-frame" data-token="${escapeHtml(token)}" title="${escapeHtml(title)}" src="/app/index.html?frame=${encodeURIComponent(token)}" style="min-height:${minHeight}px"></iframe>`;
}
