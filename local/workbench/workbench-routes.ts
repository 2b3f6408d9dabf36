import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { LocalHost } from '../host';
import { USERS } from '../product/demo-ids';
import { HttpError, readJson, sendJson, sendText } from '../server/http-utils';
import { layout, type PageChrome } from './layout';
import { issuePage } from './pages/issue-page';
import { backlogPage } from './pages/backlog-page';
import { confluenceExportPage, confluencePage, saveMacroConfig } from './pages/confluence-page';
import { indexPage } from './pages/index-page';
import { framedPage } from './pages/framed-page';
import { modulePagePath } from './pages/module-page';
import { globalPagePath } from '../app/global-page-path';

const ROLES: Record<string, string> = {
  [USERS.siteAdmin]: 'site admin',
  [USERS.csiAdmin]: 'CSI admin',
  [USERS.editor]: 'editor',
  [USERS.viewer]: 'viewer',
  [USERS.outsider]: 'outsider',
};

const macroConfigBody = z.strictObject({ config: z.record(z.string(), z.unknown()) });

/** `exportType` values an `adfExport` function receives (manifest reference, macro; see confluence-export-payload.ts). */
const EXPORT_TYPES = ['pdf', 'word', 'other', 'email', 'feed', 'diff', 'html_export'];

const contentType = (segment: string | undefined) => (segment === 'blogposts' ? 'blogpost' : 'page');

/** The workbench pages that imitate Jira and Confluence around the app's frames. */
export async function handleWorkbenchRoute(
  host: LocalHost,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const path = url.pathname;
  if (path === '/__local/workbench.css') return serve(res, 'workbench.css', 'text/css; charset=utf-8');
  if (path === '/__local/workbench.js') return serve(res, 'workbench-client.js', 'text/javascript; charset=utf-8');
  const macro = /^\/__local\/pages\/([^/]+)\/macros\/([^/]+)$/.exec(path);
  if (macro && req.method === 'PUT') {
    const body = macroConfigBody.safeParse(await readJson(req));
    if (!body.success) throw new HttpError(400, 'Send { "config": { ... } } with the macro configuration');
    saveMacroConfig(host, decodeURIComponent(macro[1] ?? ''), decodeURIComponent(macro[2] ?? ''), body.data.config);
    sendJson(res, 200, { ok: true });
    return true;
  }
  if (req.method !== 'GET') return false;
  const moduleTarget = /^\/__local\/modules\/([^/]+)$/.exec(path);
  if (moduleTarget) {
    // The frame asked the router for a module's page: go there as the same user and theme.
    const key = decodeURIComponent(moduleTarget[1] ?? '');
    const to = modulePagePath(host, key);
    if (!to) throw new HttpError(404, `No page shows module '${key}': use a jira:globalPage or jira:adminPage key`);
    res.writeHead(302, { location: to + url.search }).end();
    return true;
  }
  const chrome = chromeFor(host, url);
  const page = await render(host, chrome, path, url);
  if (page === undefined) return false;
  sendText(
    res,
    200,
    layout(chrome, page.body).replace(/<title>[^<]*/, `<title>${page.title}`),
    'text/html; charset=utf-8',
  );
  return true;
}

async function render(
  host: LocalHost,
  chrome: PageChrome,
  path: string,
  url: URL,
): Promise<{ title: string; body: string } | undefined> {
  if (path === '/') return indexPage(host, chrome);
  const browse = /^\/jira\/browse\/([A-Z][A-Z0-9]*-\d+)$/.exec(path);
  if (browse) return issuePage(host, chrome, browse[1] as string, url.searchParams.get('action'));
  const backlog = /^\/jira\/projects\/([A-Z][A-Z0-9]*)\/backlog$/.exec(path);
  if (backlog) return backlogPage(host, chrome, backlog[1] as string, url.searchParams.get('jql'));
  const project = /^\/jira\/projects\/([A-Z][A-Z0-9]*)\/?$/.exec(path);
  if (project)
    return framedPage(host, chrome, {
      moduleKey: 'csi-project-page',
      projectKey: project[1],
      title: `${project[1]} — CSI portfolio`,
    });
  if (path === '/jira/admin' || path === '/jira/admin/')
    return framedPage(host, chrome, { moduleKey: 'csi-admin-page', title: 'CSI settings — Jira settings' });
  if (path === globalPagePath() || path === `${globalPagePath()}/`)
    return framedPage(host, chrome, { moduleKey: 'csi-programme-page', title: 'CSI programme' });
  const exported = /^\/confluence\/(pages|blogposts)\/(\d+)\/export$/.exec(path);
  if (exported) {
    const format = url.searchParams.get('format') ?? 'pdf';
    if (!EXPORT_TYPES.includes(format))
      throw new HttpError(400, `Unknown export format '${format}': use ${EXPORT_TYPES.join(', ')}`);
    return confluenceExportPage(host, chrome, exported[2] as string, contentType(exported[1]), format);
  }
  const confluence = /^\/confluence\/(pages|blogposts)\/(\d+)$/.exec(path);
  if (confluence) return confluencePage(host, chrome, confluence[2] as string, contentType(confluence[1]));
  return undefined;
}

function chromeFor(host: LocalHost, url: URL): PageChrome {
  const requested = url.searchParams.get('as') ?? USERS.csiAdmin;
  if (!host.store.users.get(requested))
    throw new HttpError(400, `Unknown user '${requested}'. Seeded users: ${Object.values(USERS).join(', ')}`);
  const theme = url.searchParams.get('theme') === 'dark' ? 'dark' : 'light';
  return {
    title: 'CSI',
    product: url.pathname.startsWith('/confluence') ? 'Confluence' : 'Jira',
    accountId: requested,
    users: host.store.users
      .list()
      .map((u) => ({ accountId: u.accountId, displayName: u.displayName, role: ROLES[u.accountId] ?? 'user' })),
    colorMode: theme,
    path: url.pathname + url.search,
  };
}

function serve(res: ServerResponse, file: string, type: string): boolean {
  sendText(res, 200, readFileSync(join(__dirname, file)), type);
  return true;
}
