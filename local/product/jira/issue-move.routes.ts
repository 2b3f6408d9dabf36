import type { ServiceResponse } from '../../runtime/service';
import type { ProductIssue, ProductProject } from '../product-types';
import { findIssueType } from '../workflow';
import { canBrowse, hasProjectPermission } from './access';
import { acquireWrites, browsableIssue, isIssue, requirePermission } from './issue-access';
import { diffIssues } from './issue-diff';
import { commitUpdate, emitDeleted } from './issue-events';
import type { JiraContext } from './jira-context';
import { isRecord, noContent, ok } from './jira-http';
import { route, type JiraRoute } from './jira-route';

/**
 * `DELETE /rest/api/3/issue/{issueIdOrKey}` (OpenAPI deleteIssue: 204, 403 without Delete Issues,
 * 404 when hidden) fires `avi:jira:deleted:issue` with the issue as it was.
 */
function deleteIssue(ctx: JiraContext, [idOrKey]: string[]): ServiceResponse {
  const issue = browsableIssue(ctx, idOrKey!);
  if (!isIssue(issue)) return issue;
  const denied = requirePermission(ctx, issue, 'DELETE_ISSUES', 'You do not have permission to delete this issue.');
  if (denied) return denied;
  const limited = acquireWrites(ctx, [issue.id]);
  if (limited) return limited;
  ctx.store.issues.remove(issue.id);
  emitDeleted(ctx, issue);
  return noContent();
}

/** OpenAPI submitBulkMove documents only 201, 400 and 401: every refusal is a 400 `{ errors: [{ message }] }`. */
const refused = (message: string): ServiceResponse => ({ status: 400, body: { errors: [{ message }] } });

/**
 * `POST /rest/api/3/bulk/issues/move` (OpenAPI submitBulkMove): moves issues to the project and issue
 * type named by each `targetToSourcesMapping` key (`<project id or key>,<issue type id>[,<parent>]`).
 * A moved issue keeps its id and gets a key in the target project; each move fires
 * `avi:jira:updated:issue` whose changelog has `project`, `Key` (and `issuetype` if it changed).
 * The simulator moves at once and answers the task id of a finished task. Our permission catalogue
 * has no "Move Issues", so Edit Issues in the source stands in for it, with Create Issues in the target.
 */
function bulkMove(ctx: JiraContext): ServiceResponse {
  const mapping = isRecord(ctx.body) ? ctx.body.targetToSourcesMapping : undefined;
  if (!isRecord(mapping) || Object.keys(mapping).length === 0) return refused('targetToSourcesMapping is required.');
  const moves: Array<{ issue: ProductIssue; project: ProductProject; type: { id: string; name: string } }> = [];
  for (const [target, spec] of Object.entries(mapping)) {
    const [projectRef = '', typeId = ''] = target.split(',');
    const project = ctx.store.projects.find(projectRef);
    if (!project || !hasProjectPermission(ctx.store, ctx.subject, project.id, 'CREATE_ISSUES')) {
      return refused(`You cannot move issues to project '${projectRef}'.`);
    }
    const type = findIssueType(typeId);
    if (!type || type.id !== typeId) return refused(`The issue type '${typeId}' is not valid.`);
    const refs = isRecord(spec) && Array.isArray(spec.issueIdsOrKeys) ? spec.issueIdsOrKeys : [];
    for (const ref of refs) {
      const issue = typeof ref === 'string' ? ctx.store.issues.find(ref) : undefined;
      const movable =
        issue &&
        canBrowse(ctx.store, ctx.subject, issue) &&
        hasProjectPermission(ctx.store, ctx.subject, issue.projectId, 'EDIT_ISSUES');
      if (!movable) return refused('Some of the issues in the issueIdsOrKeys are not valid');
      moves.push({ issue, project, type: { id: type.id, name: type.name } });
    }
  }
  if (moves.length === 0) return refused('issueIdsOrKeys must name at least one issue.');
  const limited = acquireWrites(
    ctx,
    moves.map((m) => m.issue.id),
  );
  if (limited) return limited;
  for (const { issue, project, type } of moves) {
    // Allocated one at a time: each committed move takes its key before the next is allocated.
    const key = issue.projectId === project.id ? issue.key : ctx.store.issues.allocate(project.id, project.key).key;
    const next = { ...issue, projectId: project.id, key, issueType: type };
    commitUpdate(ctx, next, diffIssues(ctx.store, issue, next));
  }
  return ok({ taskId: String(ctx.store.history.changelog(moves[0]!.issue.id).at(-1)?.id ?? 1) }, 201);
}

/** Deleting and moving issues (people and tests do it; the app never does). */
export const issueMoveRoutes: JiraRoute[] = [
  route('DELETE', /^\/rest\/api\/3\/issue\/([^/]+)$/, 'write', deleteIssue),
  route('POST', /^\/rest\/api\/3\/bulk\/issues\/move$/, 'write', bulkMove),
];
