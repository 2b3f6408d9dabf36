import { confirmResourceCommitment } from '../../application/pilot/commitment-confirm.use-case';
import { requestCommitment } from '../../application/pilot/commitment-request.use-case';
import { getResources } from '../../application/pilot/commitment-resources.use-case';
import { markDependencyReviewed } from '../../application/pilot/dependency-review.use-case';
import { nameServices } from '../../application/pilot/services.use-case';
import { resourcesCalls } from '../../contracts/commitment.contract';
import { dependencyCalls } from '../../contracts/dependency.contract';
import { ok } from '../../domain/result';
import { searchUsers } from '../product/users';
import { resourcesDeps } from '../deps';
import { defineResolver, type CallContext } from './define-resolver';
import { panelCallerOf } from './panel-caller';

const deps = (ctx: CallContext) => resourcesDeps(ctx.memo);

/**
 * The issue panel's Resources tab (issue 10 items 3 and 5), served by `issue-panel-fn`. Who may do
 * what: anyone who can browse the issue sees it and, when they own a service the initiative names,
 * confirms commitments (service owners need not edit the issue); requesting commitments, naming
 * services and marking the dependency review done need Edit Issues (the initiative's owner, or an
 * editor on their behalf). The service-owner rules are the use case's, on the stored pilot.
 */
export const commitmentResolvers = [
  defineResolver({
    call: resourcesCalls.get,
    requires: ['browseIssue'],
    alsoAsks: ['editIssue', 'csiAdmin'],
    handle: (_input, ctx) => getResources(deps(ctx), panelCallerOf(ctx)),
  }),
  defineResolver({
    call: resourcesCalls.findPeople,
    requires: ['browseIssue', 'editIssue'],
    handle: async (input) => ok(await searchUsers(input.query)),
  }),
  defineResolver({
    call: resourcesCalls.request,
    requires: ['browseIssue', 'editIssue'],
    alsoAsks: ['csiAdmin'],
    handle: ({ requestId, ...input }, ctx) => requestCommitment(deps(ctx), panelCallerOf(ctx), input, requestId),
  }),
  defineResolver({
    call: resourcesCalls.confirm,
    requires: ['browseIssue'],
    alsoAsks: ['editIssue', 'csiAdmin'],
    handle: (input, ctx) =>
      confirmResourceCommitment(deps(ctx), panelCallerOf(ctx), input.commitmentId, input.requestId),
  }),
  defineResolver({
    call: dependencyCalls.nameServices,
    requires: ['browseIssue', 'editIssue'],
    alsoAsks: ['csiAdmin'],
    handle: (input, ctx) => nameServices(deps(ctx), panelCallerOf(ctx), input.services, input.requestId),
  }),
  defineResolver({
    call: dependencyCalls.markReviewed,
    requires: ['browseIssue', 'editIssue'],
    alsoAsks: ['csiAdmin'],
    handle: (input, ctx) => markDependencyReviewed(deps(ctx), panelCallerOf(ctx), input.note, input.requestId),
  }),
];
