import type { LocalHost } from '../../host';
import { escapeHtml } from '../../server/http-utils';
import { appFrame, type PageChrome } from '../layout';

/** A Jira page that is just the app's frame: the project page or the admin page. */
export function framedPage(
  host: LocalHost,
  chrome: PageChrome,
  page: { moduleKey: string; projectKey?: string; title: string },
) {
  if (page.projectKey && !host.store.projects.find(page.projectKey)) {
    return {
      title: 'Project not found',
      body: `<p class="notice error">There is no project ${escapeHtml(page.projectKey)}.</p>`,
    };
  }
  const frame = host.frames.create({
    moduleKey: page.moduleKey,
    accountId: chrome.accountId,
    projectKey: page.projectKey,
    colorMode: chrome.colorMode,
  });
  return { title: page.title, body: `<h1>${escapeHtml(page.title)}</h1>${appFrame(frame.token, page.title, 400)}` };
}
