import { checkpointCalls } from '../../contracts/checkpoint.contract';
import { completeRollback } from '../../application/pilot/checkpoint-complete-rollback.use-case';
import { confirmCheckpointOverride } from '../../application/pilot/checkpoint-confirm.use-case';
import { decideCheckpoint } from '../../application/pilot/checkpoint-decide.use-case';
import { recordMeasurements } from '../../application/pilot/checkpoint-measure.use-case';
import { saveCheckpoint } from '../../application/pilot/checkpoint-save.use-case';
import type { CheckpointDeps } from '../../application/pilot/checkpoint.ports';
import type { PanelCaller } from '../../application/scoring/panel.ports';
import { productionDeps } from '../deps';
import { rollbackJira } from '../product/rollback-jira';
import { defineResolver, type CallContext } from './define-resolver';
import type { Memo } from './memo';

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

const depsOf = (memo: Memo): CheckpointDeps => ({ ...productionDeps(memo), rollback: rollbackJira });

/**
 * The issue panel's checkpoint calls (issue 10 item 2), served by the issue panel's function:
 * editors write checkpoints and their results, CSI admins decide, confirm and complete rollbacks.
 */
export const checkpointResolvers = [
  defineResolver({
    call: checkpointCalls.save,
    requires: ['browseIssue', 'editIssue'],
    alsoAsks: ['csiAdmin'],
    handle: ({ requestId, ...input }, ctx) => saveCheckpoint(depsOf(ctx.memo), callerOf(ctx), input, requestId),
  }),
  defineResolver({
    call: checkpointCalls.measure,
    requires: ['browseIssue', 'editIssue'],
    alsoAsks: ['csiAdmin'],
    handle: ({ checkpointId, results, requestId }, ctx) =>
      recordMeasurements(depsOf(ctx.memo), callerOf(ctx), checkpointId, results, requestId),
  }),
  defineResolver({
    call: checkpointCalls.decide,
    requires: ['browseIssue', 'csiAdmin'],
    alsoAsks: ['editIssue'],
    handle: ({ requestId, ...input }, ctx) => decideCheckpoint(depsOf(ctx.memo), callerOf(ctx), input, requestId),
  }),
  defineResolver({
    call: checkpointCalls.confirm,
    requires: ['browseIssue', 'csiAdmin'],
    alsoAsks: ['editIssue'],
    handle: ({ checkpointId, requestId }, ctx) =>
      confirmCheckpointOverride(depsOf(ctx.memo), callerOf(ctx), checkpointId, requestId),
  }),
  defineResolver({
    call: checkpointCalls.completeRollback,
    requires: ['browseIssue', 'csiAdmin'],
    alsoAsks: ['editIssue'],
    handle: ({ checkpointId, requestId }, ctx) =>
      completeRollback(depsOf(ctx.memo), callerOf(ctx), checkpointId, requestId),
  }),
];
