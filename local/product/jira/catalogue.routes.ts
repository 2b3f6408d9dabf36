import type { ServiceResponse } from '../../runtime/service';
import { ISSUE_TYPES, STATUSES, STATUS_CATEGORIES } from '../workflow';
import type { JiraContext } from './jira-context';
import { JIRA_BASE_URL, ok } from './jira-http';
import { route, type JiraRoute } from './jira-route';
import { renderIssueType } from './render';

function listIssueTypes(): ServiceResponse {
  return ok(ISSUE_TYPES.map((t) => ({ ...renderIssueType(t), subtask: false })));
}

function getStatus(_ctx: JiraContext, [idOrName]: string[]): ServiceResponse {
  const status = STATUSES.find((s) => s.id === idOrName || s.name.toLowerCase() === (idOrName ?? '').toLowerCase());
  if (!status)
    return {
      status: 404,
      body: { errorMessages: [`The status with id '${idOrName ?? ''}' does not exist.`], errors: {} },
    };
  const category = STATUS_CATEGORIES[status.category];
  return ok({
    self: `${JIRA_BASE_URL}/rest/api/3/status/${status.id}`,
    id: status.id,
    name: status.name,
    description: '',
    statusCategory: { self: `${JIRA_BASE_URL}/rest/api/3/statuscategory/${category.id}`, ...category },
  });
}

/** `GET /issuetype` and `GET /status/{idOrName}`: the site's catalogue, visible to every user. */
export const catalogueRoutes: JiraRoute[] = [
  route('GET', /^\/rest\/api\/3\/issuetype$/, 'read', listIssueTypes),
  route('GET', /^\/rest\/api\/3\/status\/([^/]+)$/, 'read', getStatus),
];
