import { issuePanelCalls } from '../../contracts/issue-panel.contract';
import { getPanel } from '../../application/scoring/get-panel.use-case';
import { rateInitiative } from '../../application/scoring/rate-initiative.use-case';
import { savePlan } from '../../application/scoring/save-plan.use-case';
import type { PanelCaller } from '../../application/scoring/panel.ports';
import { postProgressUpdate } from '../../application/scoring/post-progress-update.use-case';
import { rejectInitiative } from '../../application/scoring/reject-initiative.use-case';
import { recordInitiativeDecision } from '../../application/scoring/record-initiative-decision.use-case';
import { productionDeps } from '../deps';
import { buildResolver, defineResolver, type CallContext } from './define-resolver';
import { stopCriteriaResolvers } from './stop-criteria.resolver';
import { commitmentResolvers } from './commitment.resolver';
import { checkpointResolvers } from './checkpoint.resolver';

/** The issue the panel is on and what the caller may do there, from the platform context only. */
function callerOf(ctx: CallContext): PanelCaller {
  const issue = ctx.platform.extension.issue;
  if (!issue) throw new Error('The issue panel was invoked without an issue in its context');
  return {
    issue: { id: issue.id, key: issue.key, type: issue.type },
    accountId: ctx.accountId,
    canEdit: ctx.grants.editIssue === true,
    isCsiAdmin: ctx.grants.csiAdmin === true,
  };
}

export const issuePanelResolvers = [
  defineResolver({
    call: issuePanelCalls.get,
    requires: ['browseIssue'],
    alsoAsks: ['editIssue', 'csiAdmin'],
    handle: (_input, ctx) => getPanel(productionDeps(ctx.memo), callerOf(ctx)),
  }),
  defineResolver({
    call: issuePanelCalls.rate,
    requires: ['browseIssue', 'editIssue'],
    alsoAsks: ['csiAdmin'],
    handle: (input, ctx) => rateInitiative(productionDeps(ctx.memo), callerOf(ctx), input.ratings, input.requestId),
  }),
  defineResolver({
    call: issuePanelCalls.savePlan,
    requires: ['browseIssue', 'editIssue'],
    alsoAsks: ['csiAdmin'],
    handle: ({ requestId, ...plan }, ctx) => savePlan(productionDeps(ctx.memo), callerOf(ctx), plan, requestId),
  }),
  defineResolver({
    call: issuePanelCalls.reject,
    requires: ['browseIssue', 'csiAdmin'],
    alsoAsks: ['editIssue'],
    handle: ({ requestId, ...input }, ctx) =>
      rejectInitiative(productionDeps(ctx.memo), callerOf(ctx), input, requestId),
  }),
  defineResolver({
    call: issuePanelCalls.recordDecision,
    requires: ['browseIssue', 'csiAdmin'],
    alsoAsks: ['editIssue'],
    handle: (input, ctx) =>
      recordInitiativeDecision(productionDeps(ctx.memo), callerOf(ctx), input.decision, input.requestId),
  }),
  defineResolver({
    call: issuePanelCalls.postUpdate,
    requires: ['browseIssue', 'editIssue'],
    alsoAsks: ['csiAdmin'],
    handle: ({ requestId, ...input }, ctx) =>
      postProgressUpdate(productionDeps(ctx.memo), callerOf(ctx), input, requestId),
  }),
];

export const issuePanelResolver = buildResolver([...issuePanelResolvers, ...stopCriteriaResolvers, ...commitmentResolvers, ...checkpointResolvers]);
