import type { ServiceResponse } from '../../runtime/service';
import type { ProductIssue } from '../product-types';
import { canBrowse, hasProjectPermission } from './access';
import type { JiraContext } from './jira-context';
import { forbidden, issueNotFound, jiraError } from './jira-http';
import { resetStamp } from './rate-limits-headers';

/** The issue if the subject can browse it, otherwise the 404 Jira answers (it hides existence). */
export function browsableIssue(ctx: JiraContext, idOrKey: string): ProductIssue | ServiceResponse {
  const issue = ctx.store.issues.find(idOrKey);
  return issue && canBrowse(ctx.store, ctx.subject, issue) ? issue : issueNotFound();
}

/** A 403 unless the subject holds the project permission in the issue's project. */
export function requirePermission(
  ctx: JiraContext,
  issue: ProductIssue,
  permission: string,
  message: string,
): ServiceResponse | undefined {
  return hasProjectPermission(ctx.store, ctx.subject, issue.projectId, permission) ? undefined : forbidden(message);
}

/**
 * A 429 with `Retry-After` when a write would exceed a per-issue write limit; `X-RateLimit-*` name
 * the window that is full (rate-limiting: the X-RateLimit-* headers serve burst and per-issue limits).
 */
export function acquireWrites(ctx: JiraContext, issueIds: readonly number[]): ServiceResponse | undefined {
  const decision = ctx.limiter.tryAcquire(issueIds, ctx.now.getTime());
  if (decision.ok) return undefined;
  return jiraError(
    429,
    ['Rate limit exceeded: too many writes to the same issue. Retry after the indicated time.'],
    {},
    {
      'Retry-After': String(decision.retryAfterSeconds),
      'X-RateLimit-Limit': String(decision.limit),
      'X-RateLimit-Remaining': '0',
      'X-RateLimit-Reset': resetStamp(decision.resetAt),
      'RateLimit-Reason': 'jira-per-issue-on-write',
    },
  );
}

/** Narrows the result of `browsableIssue`. */
export const isIssue = (value: ProductIssue | ServiceResponse): value is ProductIssue => 'key' in value;
