import type { ServiceResponse } from '../../runtime/service';
import type { ProductProject } from '../product-types';
import { ISSUE_TYPES, STATUSES, STATUS_CATEGORIES } from '../workflow';
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

/**
 * `GET /project/{projectIdOrKey}/statuses` (jira-platform.json, operationId getAllStatuses):
 * `IssueTypeWithStatus[]`, the valid statuses grouped by the project's issue types; Browse Projects
 * is required, and a project the user cannot browse answers 404 as a missing one. Every issue type
 * of the simulated site uses the one CSI workflow, so each lists all its statuses.
 */
function getProjectStatuses(ctx: JiraContext, [idOrKey]: string[]): ServiceResponse {
  const project = ctx.store.projects.find(idOrKey!);
  if (!project || !browsable(ctx, project)) return projectNotFound(idOrKey!);
  return ok(
    ISSUE_TYPES.map((t) => ({
      self: `${JIRA_BASE_URL}/rest/api/3/issueType/${t.id}`,
      id: t.id,
      name: t.name,
      subtask: false,
      statuses: STATUSES.map((s) => {
        const category = STATUS_CATEGORIES[s.category];
        return {
          self: `${JIRA_BASE_URL}/rest/api/3/status/${s.id}`,
          description: '',
          iconUrl: `${JIRA_BASE_URL}/images/icons/statuses/generic.png`,
          name: s.name,
          id: s.id,
          statusCategory: { self: `${JIRA_BASE_URL}/rest/api/3/statuscategory/${category.id}`, ...category },
        };
      }),
    })),
  );
}

/** `GET /project/{idOrKey}` and its statuses, limited to browsable projects. */
export const projectRoutes: JiraRoute[] = [
  route('GET', /^\/rest\/api\/3\/project\/([^/]+)$/, 'read', getProject),
  route('GET', /^\/rest\/api\/3\/project\/([^/]+)\/statuses$/, 'read', getProjectStatuses),
];
