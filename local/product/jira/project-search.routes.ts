import type { ServiceResponse } from '../../runtime/service';
import { hasGlobal, hasProjectPermission } from './access';
import type { JiraContext } from './jira-context';
import { JIRA_BASE_URL, jiraError, ok } from './jira-http';
import { route, type JiraRoute } from './jira-route';
import { renderProjectRef } from './render';

/**
 * The project permissions each `action` of `GET /project/search` asks for (searchProjects,
 * jira-platform.json): `view` one of Browse Projects, Administer Projects or Administer Jira;
 * `browse` Browse Projects; `edit` Administer Projects or Administer Jira; `create` Browse Projects
 * and Create Issues.
 */
function allowed(ctx: JiraContext, projectId: number, action: string): boolean {
  const has = (p: string) => hasProjectPermission(ctx.store, ctx.subject, projectId, p);
  const admin = hasGlobal(ctx.subject, 'ADMINISTER');
  switch (action) {
    case 'browse':
      return has('BROWSE_PROJECTS');
    case 'edit':
      return has('ADMINISTER_PROJECTS') || admin;
    case 'create':
      return has('BROWSE_PROJECTS') && has('CREATE_ISSUES');
    default:
      return has('BROWSE_PROJECTS') || has('ADMINISTER_PROJECTS') || admin;
  }
}

const ACTIONS = ['view', 'browse', 'edit', 'create'];

/**
 * `GET /rest/api/3/project/search` (searchProjects): a `PageBeanProject` of the projects the user
 * may act on by `action` (default `view`), filtered by `keys` (up to 50) and paged by `startAt` and
 * `maxResults` (at most 100; "If a value greater than 100 is provided, the maxResults parameter
 * will default to 100"), ordered by key. A 400 for an unknown action.
 */
function searchProjects(ctx: JiraContext): ServiceResponse {
  const action = ctx.query.get('action') ?? 'view';
  if (!ACTIONS.includes(action)) return jiraError(400, [`Invalid action '${action}'.`]);
  const keys = ctx.query.getAll('keys');
  if (keys.length > 50) return jiraError(400, ['Up to 50 project keys can be provided.']);
  const startAt = Math.max(0, Number.parseInt(ctx.query.get('startAt') ?? '0', 10) || 0);
  const asked = Number.parseInt(ctx.query.get('maxResults') ?? '50', 10) || 50;
  const maxResults = asked > 100 ? 100 : Math.max(1, asked);
  const projects = ctx.store.projects
    .list()
    .filter((p) => (keys.length === 0 || keys.includes(p.key)) && allowed(ctx, p.id, action))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const values = projects.slice(startAt, startAt + maxResults).map(renderProjectRef);
  const isLast = startAt + values.length >= projects.length;
  return ok({
    self: `${JIRA_BASE_URL}/rest/api/3/project/search?startAt=${startAt}&maxResults=${maxResults}`,
    ...(isLast
      ? {}
      : {
          nextPage: `${JIRA_BASE_URL}/rest/api/3/project/search?startAt=${startAt + maxResults}&maxResults=${maxResults}`,
        }),
    maxResults,
    startAt,
    total: projects.length,
    isLast,
    values,
  });
}

/** Finding the projects a user may create issues in (the "Propose an improvement" targets). */
export const projectSearchRoutes: JiraRoute[] = [
  route('GET', /^\/rest\/api\/3\/project\/search$/, 'read', searchProjects),
];
