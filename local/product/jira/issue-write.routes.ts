import type { ServiceResponse } from '../../runtime/service';
import type { ProductIssue, ProductProject } from '../product-types';
import { findIssueType, STATUSES } from '../workflow';
import { accountIdOf, hasProjectPermission } from './access';
import { acquireWrites, browsableIssue, isIssue, requirePermission } from './issue-access';
import { applyEdits } from './issue-edit';
import { diffIssues } from './issue-diff';
import { commitUpdate, emitCreated } from './issue-events';
import { issueMoveRoutes } from './issue-move.routes';
import type { JiraContext } from './jira-context';
import { forbidden, isRecord, JIRA_BASE_URL, jiraError, noContent, ok } from './jira-http';
import { route, type JiraRoute } from './jira-route';

const fieldErrors = (errors: Record<string, string>) => jiraError(400, [], errors);

function targetProject(ctx: JiraContext, ref: unknown): ProductProject | undefined {
  const idOrKey = isRecord(ref) ? (ref.id ?? ref.key) : undefined;
  const project =
    typeof idOrKey === 'string' || typeof idOrKey === 'number' ? ctx.store.projects.find(String(idOrKey)) : undefined;
  return project && hasProjectPermission(ctx.store, ctx.subject, project.id, 'BROWSE_PROJECTS') ? project : undefined;
}

function blankIssue(ctx: JiraContext, project: ProductProject, type: { id: string; name: string }): ProductIssue {
  const { id, key } = ctx.store.issues.allocate(project.id, project.key);
  const now = ctx.now.toISOString();
  const todo = STATUSES[0]!;
  return {
    id,
    key,
    projectId: project.id,
    summary: '',
    description: '',
    issueType: type,
    status: { name: todo.name, statusCategory: todo.category },
    priority: 'Medium',
    labels: [],
    assigneeId: null,
    reporterId: accountIdOf(ctx.subject) ?? null,
    created: now,
    updated: now,
    duedate: null,
  };
}

/** The longest issue property value Jira stores (as `PUT /issue/{id}/properties/{key}` does). */
const MAX_PROPERTY_LENGTH = 32768;

/**
 * `IssueUpdateDetails.properties` (jira-platform.json): EntityProperty `{ key, value }`, both
 * "Required on create and update"; set on the new issue before its creation event.
 */
function propertiesOf(body: Record<string, unknown>): Array<{ key: string; value: unknown }> | ServiceResponse {
  const list = body.properties ?? [];
  if (!Array.isArray(list)) return jiraError(400, ['properties must be a list of entity properties.']);
  const out: Array<{ key: string; value: unknown }> = [];
  for (const p of list) {
    if (!isRecord(p) || typeof p.key !== 'string' || p.key === '' || p.key.length > 255 || p.value === undefined)
      return jiraError(400, ['Each property needs a key (1-255 characters) and a value.']);
    if (JSON.stringify(p.value).length > MAX_PROPERTY_LENGTH)
      return jiraError(400, [`The property value cannot be longer than ${MAX_PROPERTY_LENGTH} characters.`]);
    out.push({ key: p.key, value: p.value });
  }
  return out;
}

function createIssue(ctx: JiraContext): ServiceResponse {
  const fields = isRecord(ctx.body) && isRecord(ctx.body.fields) ? ctx.body.fields : undefined;
  if (!fields) return jiraError(400, ['The request body must contain fields.']);
  const properties = propertiesOf(ctx.body as Record<string, unknown>);
  if (!Array.isArray(properties)) return properties;
  const { project: projectRef, issuetype, ...rest } = fields;
  const project = targetProject(ctx, projectRef);
  if (!project) return fieldErrors({ project: 'Specify a valid project ID or key' });
  if (!hasProjectPermission(ctx.store, ctx.subject, project.id, 'CREATE_ISSUES')) {
    return forbidden('You do not have permission to create issues in this project.');
  }
  const typeRef = isRecord(issuetype) ? (issuetype.id ?? issuetype.name) : undefined;
  const type = typeof typeRef === 'string' ? findIssueType(typeRef) : undefined;
  if (!type)
    return fieldErrors({ issuetype: typeRef ? 'The issue type selected is invalid.' : 'Specify an issue type' });
  const edited = applyEdits(
    ctx.store,
    blankIssue(ctx, project, type),
    { summary: rest.summary ?? '', ...rest },
    undefined,
  );
  if (!edited.ok) return fieldErrors(edited.errors);
  ctx.store.issues.save(edited.issue);
  for (const { key, value } of properties) ctx.store.properties.set(edited.issue.id, key, value);
  emitCreated(ctx, edited.issue);
  const { id, key } = edited.issue;
  return ok({ id: String(id), key, self: `${JIRA_BASE_URL}/rest/api/3/issue/${id}` }, 201);
}

function editIssue(ctx: JiraContext, [idOrKey]: string[]): ServiceResponse {
  const issue = browsableIssue(ctx, idOrKey!);
  if (!isIssue(issue)) return issue;
  const denied = requirePermission(
    ctx,
    issue,
    'EDIT_ISSUES',
    'You do not have permission to edit issues in this project.',
  );
  if (denied) return denied;
  const body = isRecord(ctx.body) ? ctx.body : {};
  const edited = applyEdits(ctx.store, issue, body.fields, body.update);
  if (!edited.ok) return fieldErrors(edited.errors);
  const limited = acquireWrites(ctx, [issue.id]);
  if (limited) return limited;
  commitUpdate(ctx, edited.issue, diffIssues(ctx.store, issue, edited.issue));
  return noContent();
}

/**
 * `POST /issue` (fires `avi:jira:created:issue`), `PUT /issue/{idOrKey}` (fires `avi:jira:updated:issue`),
 * and deleting and moving issues (`issue-move.routes.ts`).
 */
export const issueWriteRoutes: JiraRoute[] = [
  route('POST', /^\/rest\/api\/3\/issue$/, 'write', createIssue),
  route('PUT', /^\/rest\/api\/3\/issue\/([^/]+)$/, 'write', editIssue),
  ...issueMoveRoutes,
];
