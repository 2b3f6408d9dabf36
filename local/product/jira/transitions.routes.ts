import type { ServiceResponse } from '../../runtime/service';
import type { TransitionVerdict } from '../product-hooks';
import type { ProductIssue } from '../product-types';
import { findStatus, transitionsFrom, type TransitionDef } from '../workflow';
import { accountIdOf, hasProjectPermission } from './access';
import { acquireWrites, browsableIssue, isIssue, requirePermission } from './issue-access';
import { applyEdits } from './issue-edit';
import { diffIssues } from './issue-diff';
import { commitUpdate } from './issue-events';
import type { JiraContext } from './jira-context';
import { isRecord, jiraError, noContent, ok, scalarText } from './jira-http';
import { route, type JiraRoute } from './jira-route';
import { renderStatus } from './render';

const renderTransition = (t: TransitionDef) => ({
  id: t.id,
  name: t.name,
  to: renderStatus(t.to),
  hasScreen: false,
  isGlobal: false,
  isInitial: false,
  isAvailable: true,
  isConditional: false,
  isLooped: false,
});

function listTransitions(ctx: JiraContext, [idOrKey]: string[]): ServiceResponse {
  const issue = browsableIssue(ctx, idOrKey!);
  if (!isIssue(issue)) return issue;
  const allowed = hasProjectPermission(ctx.store, ctx.subject, issue.projectId, 'TRANSITION_ISSUES');
  const transitions = allowed ? transitionsFrom(issue.status.name).map(renderTransition) : [];
  return ok({ expand: 'transitions', transitions });
}

async function validate(ctx: JiraContext, issue: ProductIssue, t: TransitionDef): Promise<TransitionVerdict> {
  const from = findStatus(issue.status.name)!;
  const to = findStatus(t.to)!;
  try {
    return await ctx.hooks.validateTransition({
      issue: { id: String(issue.id), key: issue.key },
      transition: { id: t.id, name: t.name, from: { id: from.id, name: from.name }, to: { id: to.id, name: to.name } },
      accountId: accountIdOf(ctx.subject),
    });
  } catch (error) {
    return { result: false, errorMessage: `The workflow validator failed: ${(error as Error).message}` };
  }
}

async function doTransition(ctx: JiraContext, [idOrKey]: string[]): Promise<ServiceResponse> {
  const issue = browsableIssue(ctx, idOrKey!);
  if (!isIssue(issue)) return issue;
  const denied = requirePermission(
    ctx,
    issue,
    'TRANSITION_ISSUES',
    'You do not have permission to transition this issue.',
  );
  if (denied) return denied;
  const body = isRecord(ctx.body) ? ctx.body : {};
  const id = isRecord(body.transition) ? scalarText(body.transition.id) : '';
  const transition = transitionsFrom(issue.status.name).find((t) => t.id === id);
  if (!transition) return jiraError(400, [`Transition id '${id}' is not valid for this issue.`]);
  const edited = applyEdits(ctx.store, issue, body.fields, body.update);
  if (!edited.ok) return jiraError(400, [], edited.errors);
  const limited = acquireWrites(ctx, [issue.id]);
  if (limited) return limited;
  const verdict = await validate(ctx, issue, transition);
  if (!verdict.result)
    return jiraError(400, [verdict.errorMessage ?? 'The transition was refused by a workflow validator.']);
  // The validator ran asynchronously: re-read, so writes it (or others) made meanwhile survive.
  const current = ctx.store.issues.get(issue.id);
  if (!current || current.status.name !== issue.status.name) {
    return jiraError(400, [`Transition id '${id}' is not valid for this issue.`]);
  }
  const reapplied = applyEdits(ctx.store, current, body.fields, body.update);
  const to = findStatus(transition.to)!;
  const base = reapplied.ok ? reapplied.issue : current;
  const next = { ...base, status: { name: to.name, statusCategory: to.category } };
  commitUpdate(ctx, next, diffIssues(ctx.store, current, next));
  return noContent();
}

/** `GET` and `POST /issue/{idOrKey}/transitions`; a POST asks the workflow validator first. */
export const transitionRoutes: JiraRoute[] = [
  route('GET', /^\/rest\/api\/3\/issue\/([^/]+)\/transitions$/, 'read', listTransitions),
  route('POST', /^\/rest\/api\/3\/issue\/([^/]+)\/transitions$/, 'write', doTransition),
];
