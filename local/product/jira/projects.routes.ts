import type { ServiceResponse } from '../../runtime/service';
import type { ProductProject } from '../product-types';
import { ISSUE_TYPES } from '../workflow';
import { hasProjectPermission } from './access';
import type { JiraContext } from './jira-context';
import { JIRA_BASE_URL, ok, projectNotFound } from './jira-http';
import { route, type JiraRoute } from './jira-route';
import { renderIssueType, renderProjectRef, renderUser } from './render';

function renderProject(ctx: JiraContext, project: ProductProject) {
  const lead = project.leadAccountId ? ctx.store.users.get(project.leadAccountId) : undefined;
  return {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    ...renderProjectRef(project),
    description: '',
    ...(lead ? { lead: renderUser(lead) } : {}),
    components: [],
    issueTypes: ISSUE_TYPES.map((t) => renderIssueType(t)),
    assigneeType: 'UNASSIGNED',
    versions: [],
    roles: {},
    style: 'classic',
    isPrivate: false,
    properties: {},
  };
}

const browsable = (ctx: JiraContext, project: ProductProject) =>
  hasProjectPermission(ctx.store, ctx.subject, project.id, 'BROWSE_PROJECTS');

function getProject(ctx: JiraContext, [idOrKey]: string[]): ServiceResponse {
  const project = ctx.store.projects.find(idOrKey!);
  return project && browsable(ctx, project) ? ok(renderProject(ctx, project)) : projectNotFound(idOrKey!);
}

function searchProjects(ctx: JiraContext): ServiceResponse {
  const query = (ctx.query.get('query') ?? '').toLowerCase();
  const keys = ctx.query.getAll('keys').flatMap((k) => k.split(','));
  const matches = ctx.store.projects
    .list()
    .filter((p) => browsable(ctx, p))
    .filter((p) => keys.length === 0 || keys.includes(p.key) || keys.includes(String(p.id)))
    .filter((p) => query === '' || p.key.toLowerCase().includes(query) || p.name.toLowerCase().includes(query));
  const startAt = Number(ctx.query.get('startAt') ?? 0);
  const maxResults = Number(ctx.query.get('maxResults') ?? 50);
  const isLast = startAt + maxResults >= matches.length;
  return ok({
    self: `${JIRA_BASE_URL}/rest/api/3/project/search?startAt=${startAt}&maxResults=${maxResults}`,
    ...(isLast
      ? {}
      : {
          nextPage: `${JIRA_BASE_URL}/rest/api/3/project/search?startAt=${startAt + maxResults}&maxResults=${maxResults}`,
        }),
    maxResults,
    startAt,
    total: matches.length,
    isLast,
    values: matches.slice(startAt, startAt + maxResults).map((p) => renderProject(ctx, p)),
  });
}

/** `GET /project/{idOrKey}` and `GET /project/search`, limited to browsable projects. */
export const projectRoutes: JiraRoute[] = [
  route('GET', /^\/rest\/api\/3\/project\/search$/, 'read', searchProjects),
  route('GET', /^\/rest\/api\/3\/project\/([^/]+)$/, 'read', getProject),
];
