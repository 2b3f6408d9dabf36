import type { ServiceHandler, ServiceRequest, ServiceResponse } from '../runtime/service';
import type { ProductHooks } from './product-hooks';
import type { ProductStore } from './product-store';
import type { Subject } from './jira/access';
import type { JiraContext, JiraServiceOptions } from './jira/jira-context';
import { JIRA_BASE_URL, jiraError } from './jira/jira-http';
import { matchRoute } from './jira/jira-routes';
import { IssueWriteLimiter } from './jira/issue-write-limiter';
import { JiraRateLimits } from './jira/rate-limits';

export type { EntityPropertyAlias, CustomFieldSpec, JiraServiceOptions } from './jira/jira-context';
export { POINTS_PER_CALL } from './jira/jira-route';
export { PointsPool, GLOBAL_POOL_POINTS, pointsFor } from './jira/rate-limits';
export { pointsUsed } from './product-store';

function parseBody(raw: string | undefined): { body: unknown } | ServiceResponse {
  if (raw === undefined || raw.trim() === '') return { body: undefined };
  try {
    return { body: JSON.parse(raw) as unknown };
  } catch (error) {
    return jiraError(400, [`Malformed JSON in the request body: ${(error as Error).message}`]);
  }
}

type Match = ReturnType<typeof matchRoute>;

function subjectOf(store: ProductStore, accountId: string | undefined): Subject | ServiceResponse {
  if (accountId === undefined) return { kind: 'app' };
  const user = store.users.get(accountId);
  return user ? { kind: 'user', user } : jiraError(401, [`The local site has no user with account id '${accountId}'.`]);
}

/**
 * The Jira Cloud REST v3 simulator behind `requestJira` for one site: answers as the acting user
 * (enforcing project permissions) or as the app (asApp, which may do everything), fires product
 * events and asks the workflow validator through `hooks`, and applies Jira's rate limits: the points
 * quota in `options.pool` (one `PointsPool` shared by every site for the Global Pool; a new one
 * when none is given), the site's burst limit per endpoint and its per-issue write limits. Points
 * are charged to the pool and recorded per UTC hour in the site's store (`store.pointsUsed()`).
 */
export function createJiraService(
  store: ProductStore,
  hooks: ProductHooks,
  options: JiraServiceOptions,
): ServiceHandler {
  for (const field of options.customFields ?? []) store.fields.register(field.key, field.name, field.type);
  const clock = options.now ?? (() => new Date());
  const limiter = new IssueWriteLimiter(options.perIssueWrites);
  const limits = new JiraRateLimits(options.pool, options.burstPerSecond);
  return async (req: ServiceRequest): Promise<ServiceResponse> => {
    const url = new URL(req.path, JIRA_BASE_URL);
    const method = req.method.toUpperCase();
    const match = matchRoute(method, url.pathname);
    const now = clock();
    const admission = limits.admit(method, typeof match === 'object' ? match.route.pattern.source : url.pathname, now);
    if (admission.refused) return admission.refused;
    const { res, points } = limits.settle(await route(req, url, method, match, now), method, admission.burst, now);
    if (points > 0) store.points.add(now, 'jira', points);
    return res;
  };

  async function route(req: ServiceRequest, url: URL, method: string, match: Match, now: Date) {
    if (match === undefined)
      return jiraError(404, [`Local Jira simulator does not implement ${method} ${url.pathname}`]);
    if (match === 'method-not-allowed') return jiraError(405, [`Jira does not allow ${method} on ${url.pathname}`]);
    const subject = subjectOf(store, req.actingAccountId);
    if ('status' in subject) return subject;
    const parsed = parseBody(req.body);
    if ('status' in parsed) return parsed;
    const ctx: JiraContext = {
      store,
      hooks,
      aliases: options.entityPropertyAliases,
      limiter,
      subject,
      now,
      method,
      query: url.searchParams,
      body: parsed.body,
    };
    return match.route.handle(ctx, match.params);
  }
}
