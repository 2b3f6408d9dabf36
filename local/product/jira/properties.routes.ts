import type { ServiceResponse } from '../../runtime/service';
import { acquireWrites, browsableIssue, isIssue, requirePermission } from './issue-access';
import type { JiraContext } from './jira-context';
import { jiraError, noContent, ok } from './jira-http';
import { route, type JiraRoute } from './jira-route';

const MAX_VALUE_LENGTH = 32768;
const MAX_KEY_LENGTH = 255;

const propertyMissing = (key: string) => jiraError(404, [`The property with key '${key}' does not exist.`]);

function getProperty(ctx: JiraContext, [idOrKey, key]: string[]): ServiceResponse {
  const issue = browsableIssue(ctx, idOrKey!);
  if (!isIssue(issue)) return issue;
  const value = ctx.store.properties.get(issue.id, key!);
  return value === undefined ? propertyMissing(key!) : ok({ key, value });
}

/** Editing issue properties needs Edit Issues, as in Jira; the app may always write them. */
function writable(ctx: JiraContext, idOrKey: string) {
  const issue = browsableIssue(ctx, idOrKey);
  if (!isIssue(issue)) return issue;
  return (
    requirePermission(ctx, issue, 'EDIT_ISSUES', 'You do not have permission to edit issues in this project.') ??
    acquireWrites(ctx, [issue.id]) ??
    issue
  );
}

function setProperty(ctx: JiraContext, [idOrKey, key]: string[]): ServiceResponse {
  if (ctx.body === undefined) return jiraError(400, ['The property value cannot be empty.']);
  if (key!.length > MAX_KEY_LENGTH)
    return jiraError(400, [`The property key cannot be longer than ${MAX_KEY_LENGTH} characters.`]);
  if (JSON.stringify(ctx.body).length > MAX_VALUE_LENGTH) {
    return jiraError(400, [`The property value cannot be longer than ${MAX_VALUE_LENGTH} characters.`]);
  }
  const issue = writable(ctx, idOrKey!);
  if (!isIssue(issue)) return issue;
  const existed = ctx.store.properties.has(issue.id, key!);
  ctx.store.properties.set(issue.id, key!, ctx.body);
  return { status: existed ? 200 : 201 };
}

function deleteProperty(ctx: JiraContext, [idOrKey, key]: string[]): ServiceResponse {
  const issue = writable(ctx, idOrKey!);
  if (!isIssue(issue)) return issue;
  return ctx.store.properties.delete(issue.id, key!) ? noContent() : propertyMissing(key!);
}

const one = /^\/rest\/api\/3\/issue\/([^/]+)\/properties\/([^/]+)$/;

/** One issue entity property: get, set (200 updated / 201 created), delete. */
export const propertyRoutes: JiraRoute[] = [
  route('GET', one, 'read', getProperty),
  route('PUT', one, 'write', setProperty),
  route('DELETE', one, 'write', deleteProperty),
];
