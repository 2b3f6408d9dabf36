import { issuePanelCalls } from '../../contracts/issue-panel.contract';
import { getPanel } from '../../application/scoring/get-panel.use-case';
import { rateInitiative } from '../../application/scoring/rate-initiative.use-case';
import { savePlan } from '../../application/scoring/save-plan.use-case';
import { postProgressUpdate } from '../../application/scoring/post-progress-update.use-case';
import { rejectInitiative } from '../../application/scoring/reject-initiative.use-case';
import { recordInitiativeDecision } from '../../application/scoring/record-initiative-decision.use-case';
import { raterRatingsPage } from '../../application/scoring/rater-ratings-page.use-case';
import { productionDeps } from '../deps';
import { buildResolver, defineResolver } from './define-resolver';
import { panelCallerOf } from './panel-caller';
import { pirResolvers } from './pir.resolver';
import { panelLessonsResolvers } from './lessons.resolver';
import { stopCriteriaResolvers } from './stop-criteria.resolver';
import { commitmentResolvers } from './commitment.resolver';
import { checkpointResolvers } from './checkpoint.resolver';

export const issuePanelResolvers = [
  defineResolver({
    call: issuePanelCalls.get,
    requires: ['browseIssue'],
    alsoAsks: ['editIssue', 'csiAdmin'],
    handle: (_input, ctx) => getPanel(productionDeps(ctx.memo), panelCallerOf(ctx)),
  }),
  defineResolver({
    call: issuePanelCalls.rate,
    requires: ['browseIssue', 'editIssue'],
    alsoAsks: ['csiAdmin'],
    handle: (input, ctx) =>
      rateInitiative(productionDeps(ctx.memo), panelCallerOf(ctx), input.ratings, input.requestId),
  }),
  defineResolver({
    call: issuePanelCalls.savePlan,
    requires: ['browseIssue', 'editIssue'],
    alsoAsks: ['csiAdmin'],
    handle: ({ requestId, ...plan }, ctx) => savePlan(productionDeps(ctx.memo), panelCallerOf(ctx), plan, requestId),
  }),
  defineResolver({
    call: issuePanelCalls.reject,
    requires: ['browseIssue', 'csiAdmin'],
    alsoAsks: ['editIssue'],
    handle: ({ requestId, ...input }, ctx) =>
      rejectInitiative(productionDeps(ctx.memo), panelCallerOf(ctx), input, requestId),
  }),
  defineResolver({
    call: issuePanelCalls.whoRated,
    requires: ['browseIssue'],
    handle: ({ cursor }, ctx) => raterRatingsPage(productionDeps(ctx.memo), panelCallerOf(ctx), cursor),
  }),
  defineResolver({
    call: issuePanelCalls.recordDecision,
    requires: ['browseIssue', 'csiAdmin'],
    alsoAsks: ['editIssue'],
    handle: (input, ctx) =>
      recordInitiativeDecision(productionDeps(ctx.memo), panelCallerOf(ctx), input.decision, input.requestId),
  }),
  defineResolver({
    call: issuePanelCalls.postUpdate,
    requires: ['browseIssue', 'editIssue'],
    alsoAsks: ['csiAdmin'],
    handle: ({ requestId, ...input }, ctx) =>
      postProgressUpdate(productionDeps(ctx.memo), panelCallerOf(ctx), input, requestId),
  }),
];

/** Every call the issue panel's function serves: the panel's own, and its tabs' (criteria, resources, pilot). */
export const issuePanelFunctionResolvers = [
  ...issuePanelResolvers,
  ...stopCriteriaResolvers,
  ...commitmentResolvers,
  ...checkpointResolvers,
  ...pirResolvers,
  ...panelLessonsResolvers,
];

export const issuePanelResolver = buildResolver(issuePanelFunctionResolvers);
