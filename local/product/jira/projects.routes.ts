import type { ServiceResponse } from '../../runtime/service';
import type { ProductProject } from '../product-types';
import { ISSUE_TYPES } from '../workflow';
import { hasProjectPermission } from './access';
import type { JiraContext } from './jira-context';
import { ok, projectNotFound } from './jira-http';
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

/** `GET /project/{idOrKey}`, limited to browsable projects. */
export const projectRoutes: JiraRoute[] = [route('GET', /^\/rest\/api\/3\/project\/([^/]+)$/, 'read', getProject)];
