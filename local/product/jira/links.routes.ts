import type { ServiceResponse } from '../../runtime/service';
import type { ProductIssue } from '../product-types';
import { findLinkType } from '../workflow';
import { accountIdOf } from './access';
import { acquireWrites, browsableIssue, isIssue, requirePermission } from './issue-access';
import { emitUpdated } from './issue-events';
import type { JiraContext } from './jira-context';
import { isRecord, jiraError, scalarText } from './jira-http';
import { route, type JiraRoute } from './jira-route';

const refOf = (value: unknown): string => (isRecord(value) ? scalarText(value.key ?? value.id) : '');

/** Records a `Link` changelog entry on the issue and fires `avi:jira:updated:issue`, as Jira does. */
function recordLink(ctx: JiraContext, issue: ProductIssue, text: string, otherKey: string): void {
  const at = ctx.now.toISOString();
  const item = {
    field: 'Link',
    fieldtype: 'jira' as const,
    fieldId: 'issuelinks',
    from: null,
    fromString: null,
    to: otherKey,
    toString: text,
  };
  const entry = ctx.store.transaction(() => {
    ctx.store.issues.save({ ...issue, updated: at });
    return ctx.store.history.addChange(issue.id, accountIdOf(ctx.subject) ?? null, at, [item]);
  });
  emitUpdated(ctx, { ...issue, updated: at }, entry);
}

/**
 * `POST /issueLink`: browse on both issues, Link Issues on the outward issue's project.
 * Answers 201 with an empty body, like Jira.
 */
function createLink(ctx: JiraContext): ServiceResponse {
  const body = isRecord(ctx.body) ? ctx.body : {};
  const typeName = isRecord(body.type) ? scalarText(body.type.name ?? body.type.id) : '';
  const type = findLinkType(typeName);
  if (!type) return jiraError(404, [`No issue link type with name '${typeName}' found.`]);
  const inward = browsableIssue(ctx, refOf(body.inwardIssue));
  if (!isIssue(inward)) return inward;
  const outward = browsableIssue(ctx, refOf(body.outwardIssue));
  if (!isIssue(outward)) return outward;
  const denied = requirePermission(
    ctx,
    outward,
    'LINK_ISSUES',
    'You do not have permission to link issues in this project.',
  );
  if (denied) return denied;
  const limited = acquireWrites(ctx, [inward.id, outward.id]);
  if (limited) return limited;
  ctx.store.history.addLink(type.name, inward.id, outward.id);
  recordLink(ctx, outward, `This issue ${type.outward} ${inward.key}`, inward.key);
  recordLink(ctx, inward, `This issue ${type.inward} ${outward.key}`, outward.key);
  return { status: 201 };
}

/** `POST /issueLink`. */
export const linkRoutes: JiraRoute[] = [route('POST', /^\/rest\/api\/3\/issueLink$/, 'write', createLink)];
