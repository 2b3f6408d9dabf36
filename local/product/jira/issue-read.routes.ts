import type { ServiceResponse } from '../../runtime/service';
import type { JiraContext } from './jira-context';
import { ok } from './jira-http';
import { browsableIssue, isIssue } from './issue-access';
import { renderIssue } from './issue-view';
import { parseFieldSelection, splitList } from './field-selection';
import { route, type JiraRoute } from './jira-route';

function getIssue(ctx: JiraContext, [idOrKey]: string[]): ServiceResponse {
  const issue = browsableIssue(ctx, idOrKey!);
  if (!isIssue(issue)) return issue;
  const requested = ctx.query.has('fields') ? splitList(ctx.query.getAll('fields')) : undefined;
  const selection = parseFieldSelection(requested, '*all');
  return ok(renderIssue(ctx.store, issue, selection === 'ids-only' ? () => false : selection, ctx.subject));
}

/** `GET /issue/{idOrKey}`. */
export const issueReadRoutes: JiraRoute[] = [route('GET', /^\/rest\/api\/3\/issue\/([^/]+)$/, 'read', getIssue)];
