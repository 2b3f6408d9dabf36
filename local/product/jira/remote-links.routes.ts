import type { ServiceResponse } from '../../runtime/service';
import { remoteLinksOf } from '../store/remote-link-store';
import { acquireWrites, browsableIssue, isIssue, requirePermission } from './issue-access';
import type { JiraContext } from './jira-context';
import { isRecord, JIRA_BASE_URL, jiraError, ok } from './jira-http';
import { route, type JiraRoute } from './jira-route';

const MAX_GLOBAL_ID = 255;

const selfOf = (issueId: number, id: number) => `${JIRA_BASE_URL}/rest/api/3/issue/${issueId}/remotelink/${id}`;

/**
 * `POST /rest/api/3/issue/{issueIdOrKey}/remotelink` (createOrUpdateRemoteIssueLink, body
 * `RemoteIssueLinkRequest`, `object` with `url` and `title` required): 201 with
 * `RemoteIssueLinkIdentifies` when created, 200 when the link with that `globalId` was updated;
 * needs Browse projects and Link issues in the issue's project.
 */
function putRemoteLink(ctx: JiraContext, [idOrKey]: string[]): ServiceResponse {
  const body = isRecord(ctx.body) ? ctx.body : undefined;
  const object = body && isRecord(body.object) ? body.object : undefined;
  if (!body || !object) return jiraError(400, [], { object: 'The object is required.' });
  const missing = ['url', 'title'].filter((f) => typeof object[f] !== 'string' || object[f] === '');
  if (missing.length > 0)
    return jiraError(400, [], Object.fromEntries(missing.map((f) => [`object.${f}`, `The ${f} is required.`])));
  const globalId = typeof body.globalId === 'string' && body.globalId !== '' ? body.globalId : null;
  if (globalId !== null && globalId.length > MAX_GLOBAL_ID)
    return jiraError(400, [], { globalId: `The global ID is longer than ${MAX_GLOBAL_ID} characters.` });
  const issue = browsableIssue(ctx, idOrKey!);
  if (!isIssue(issue)) return issue;
  const refused =
    requirePermission(ctx, issue, 'LINK_ISSUES', 'You do not have the permission to link issues.') ??
    acquireWrites(ctx, [issue.id]);
  if (refused) return refused;
  const relationship = typeof body.relationship === 'string' ? body.relationship : undefined;
  const { id, created } = remoteLinksOf(ctx.store.db).put(issue.id, globalId, {
    ...(isRecord(body.application) ? { application: body.application } : {}),
    ...(relationship !== undefined ? { relationship } : {}),
    object,
  });
  return ok({ id, self: selfOf(issue.id, id) }, created ? 201 : 200);
}

/** Web links on issues (a maturity gap's issue links back to the assessment). */
export const remoteLinkRoutes: JiraRoute[] = [
  route('POST', /^\/rest\/api\/3\/issue\/([^/]+)\/remotelink$/, 'write', putRemoteLink),
];
