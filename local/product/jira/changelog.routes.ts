import type { ServiceResponse } from '../../runtime/service';
import type { ChangeItem, ChangelogEntry } from '../product-types';
import type { JiraContext } from './jira-context';
import { browsableIssue, isIssue } from './issue-access';
import { JIRA_BASE_URL, jiraError, jiraTime, ok } from './jira-http';
import { route, type JiraRoute } from './jira-route';
import { renderUser } from './render';

const DEFAULT_MAX = 100;

/**
 * A `ChangeDetails` (jira-platform.json): every property is an optional string, so a value that is
 * absent (`null` here) is left out rather than sent as `null`.
 */
function renderItem(item: ChangeItem): Record<string, string> {
  return Object.fromEntries(Object.entries(item).filter(([, v]) => typeof v === 'string'));
}

/**
 * A `Changelog` (jira-platform.json): `id`, `created`, `items` and `author` ("The user who made the
 * change"). The app acting as itself is no user of this site's directory, so it has no author here.
 */
function renderEntry(ctx: JiraContext, entry: ChangelogEntry) {
  const author = entry.authorId ? ctx.store.users.get(entry.authorId) : undefined;
  return {
    id: String(entry.id),
    ...(author ? { author: renderUser(author) } : {}),
    created: jiraTime(entry.created),
    items: entry.items.map(renderItem),
  };
}

const intParam = (ctx: JiraContext, name: string, fallback: number): number | undefined => {
  const raw = ctx.query.get(name);
  if (raw === null) return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : undefined;
};

/**
 * `GET /rest/api/3/issue/{issueIdOrKey}/changelog` (jira-platform.json, `getChangeLogs`): "a
 * paginated list of all changelogs for an issue sorted by date, starting from the oldest", as a
 * `PageBeanChangelog` (`startAt`, default 0; `maxResults`, default 100; `total`, `isLast`,
 * `nextPage`, `self`, `values`). Needs Browse projects and issue security like reading the issue
 * (404 otherwise). The API has no operation that deletes or edits a changelog entry.
 */
function getChangelog(ctx: JiraContext, [idOrKey]: string[]): ServiceResponse {
  const issue = browsableIssue(ctx, idOrKey!);
  if (!isIssue(issue)) return issue;
  const startAt = intParam(ctx, 'startAt', 0);
  const maxResults = intParam(ctx, 'maxResults', DEFAULT_MAX);
  if (startAt === undefined || maxResults === undefined) {
    return jiraError(400, ['startAt and maxResults must be non-negative integers.']);
  }
  const all = ctx.store.history.changelog(issue.id);
  const values = all.slice(startAt, startAt + Math.min(maxResults, DEFAULT_MAX));
  const isLast = startAt + values.length >= all.length;
  const base = `${JIRA_BASE_URL}/rest/api/3/issue/${issue.key}/changelog`;
  return ok({
    self: `${base}?startAt=${startAt}&maxResults=${maxResults}`,
    ...(isLast ? {} : { nextPage: `${base}?startAt=${startAt + values.length}&maxResults=${maxResults}` }),
    maxResults,
    startAt,
    total: all.length,
    isLast,
    values: values.map((e) => renderEntry(ctx, e)),
  });
}

/** An issue's changelog, read back (the decision-log seal lives in it). */
export const changelogRoutes: JiraRoute[] = [
  route('GET', /^\/rest\/api\/3\/issue\/([^/]+)\/changelog$/, 'read', getChangelog),
];
