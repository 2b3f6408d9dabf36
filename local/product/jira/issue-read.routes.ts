import type { ServiceResponse } from '../../runtime/service';
import type { JiraContext } from './jira-context';
import { JIRA_BASE_URL, jiraTime, ok } from './jira-http';
import { browsableIssue, isIssue } from './issue-access';
import { renderIssue } from './issue-view';
import { parseFieldSelection, splitList } from './field-selection';
import { route, type JiraRoute } from './jira-route';
import { renderUser } from './render';

function getIssue(ctx: JiraContext, [idOrKey]: string[]): ServiceResponse {
  const issue = browsableIssue(ctx, idOrKey!);
  if (!isIssue(issue)) return issue;
  const requested = ctx.query.has('fields') ? splitList(ctx.query.getAll('fields')) : undefined;
  const selection = parseFieldSelection(requested, '*all');
  return ok(renderIssue(ctx.store, issue, selection === 'ids-only' ? () => false : selection));
}

function getChangelog(ctx: JiraContext, [idOrKey]: string[]): ServiceResponse {
  const issue = browsableIssue(ctx, idOrKey!);
  if (!isIssue(issue)) return issue;
  const entries = ctx.store.history.changelog(issue.id);
  const startAt = Number(ctx.query.get('startAt') ?? 0);
  const maxResults = Number(ctx.query.get('maxResults') ?? 100);
  const values = entries.slice(startAt, startAt + maxResults).map((e) => {
    const author = e.authorId ? ctx.store.users.get(e.authorId) : undefined;
    return {
      id: String(e.id),
      ...(author ? { author: renderUser(author) } : {}),
      created: jiraTime(e.created),
      items: e.items,
    };
  });
  return ok({
    self: `${JIRA_BASE_URL}/rest/api/3/issue/${issue.id}/changelog`,
    maxResults,
    startAt,
    total: entries.length,
    isLast: startAt + maxResults >= entries.length,
    values,
  });
}

/** `GET /issue/{idOrKey}` and `GET /issue/{idOrKey}/changelog`. */
export const issueReadRoutes: JiraRoute[] = [
  route('GET', /^\/rest\/api\/3\/issue\/([^/]+)$/, 'read', getIssue),
  route('GET', /^\/rest\/api\/3\/issue\/([^/]+)\/changelog$/, 'read', getChangelog),
];
