import type { ServiceResponse } from '../../runtime/service';
import { acquireWrites, browsableIssue, isIssue, requirePermission } from './issue-access';
import type { JiraContext } from './jira-context';
import { isRecord, JIRA_BASE_URL, jiraError, noContent, ok } from './jira-http';
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

const MAX_ISSUES = 100;
const MAX_PROPERTIES = 10;
let tasks = 0;

/** The checked `issues` of a multi-issue request, or the 400 refusing it. */
function parseMulti(body: unknown): Array<{ issueId: number; properties: Record<string, unknown> }> | ServiceResponse {
  const issues = isRecord(body) && Array.isArray(body.issues) ? body.issues : undefined;
  if (!issues || issues.length === 0) return jiraError(400, ['The request must list at least one issue.']);
  if (issues.length > MAX_ISSUES)
    return jiraError(400, [`At most ${MAX_ISSUES} issues can be updated in one request.`]);
  const out: Array<{ issueId: number; properties: Record<string, unknown> }> = [];
  for (const item of issues) {
    const id = isRecord(item) ? item.issueID : undefined;
    const properties = isRecord(item) && isRecord(item.properties) ? item.properties : undefined;
    if (typeof id !== 'number' || !Number.isInteger(id)) return jiraError(400, ['Each issue needs a numeric issueID.']);
    const keys = Object.keys(properties ?? {});
    if (!properties || keys.length === 0 || keys.length > MAX_PROPERTIES) {
      return jiraError(400, [`Each issue needs between 1 and ${MAX_PROPERTIES} properties.`]);
    }
    for (const key of keys) {
      if (key.length > MAX_KEY_LENGTH)
        return jiraError(400, [`The property key cannot be longer than ${MAX_KEY_LENGTH} characters.`]);
      if (JSON.stringify(properties[key]).length > MAX_VALUE_LENGTH) {
        return jiraError(400, [`The property value cannot be longer than ${MAX_VALUE_LENGTH} characters.`]);
      }
    }
    out.push({ issueId: id, properties });
  }
  return out;
}

/**
 * `POST /issue/properties/multi` (jira-platform.json, `bulkSetIssuePropertiesByIssue`): up to 100
 * issues, up to 10 properties each; "if an issue is not found, it is ignored"; "non-transactional"
 * (an issue the subject may not edit is skipped); asynchronous: answered 303 with the task's
 * location. The simulator runs the task at once. One write request: 1 point (rate-limiting).
 */
function setMulti(ctx: JiraContext): ServiceResponse {
  const items = parseMulti(ctx.body);
  if (!Array.isArray(items)) return items;
  const eligible = items.flatMap(({ issueId, properties }) => {
    const issue = ctx.store.issues.get(issueId);
    if (!issue || !isIssue(browsableIssue(ctx, String(issue.id)))) return [];
    const refused = requirePermission(ctx, issue, 'EDIT_ISSUES', 'You do not have permission to edit issues.');
    return refused ? [] : [{ issue, properties }];
  });
  const limited = acquireWrites(
    ctx,
    eligible.map((e) => e.issue.id),
  );
  if (limited) return limited;
  for (const { issue, properties } of eligible) {
    for (const [key, value] of Object.entries(properties)) ctx.store.properties.set(issue.id, key, value);
  }
  tasks += 1;
  return { status: 303, headers: { Location: `${JIRA_BASE_URL}/rest/api/3/task/${10000 + tasks}` } };
}

const one = /^\/rest\/api\/3\/issue\/([^/]+)\/properties\/([^/]+)$/;

/** One issue entity property: get, set (200 updated / 201 created), delete; and the multi-issue set. */
export const propertyRoutes: JiraRoute[] = [
  route('POST', /^\/rest\/api\/3\/issue\/properties\/multi$/, 'write', setMulti),
  route('GET', one, 'read', getProperty),
  route('PUT', one, 'write', setProperty),
  route('DELETE', one, 'write', deleteProperty),
];
