import { checkpointCalls } from '../../contracts/checkpoint.contract';
import { completeRollback } from '../../application/pilot/checkpoint-complete-rollback.use-case';
import { confirmCheckpointOverride } from '../../application/pilot/checkpoint-confirm.use-case';
import { decideCheckpoint } from '../../application/pilot/checkpoint-decide.use-case';
import { recordMeasurements } from '../../application/pilot/checkpoint-measure.use-case';
import { saveCheckpoint } from '../../application/pilot/checkpoint-save.use-case';
import { checkpointDeps } from '../deps';
import { defineResolver } from './define-resolver';
import { panelCallerOf } from './panel-caller';

/**
 * The issue panel's checkpoint calls (issue 10 item 2), served by the issue panel's function:
 * editors write checkpoints and their results, CSI admins decide, confirm and complete rollbacks.
 */
export const checkpointResolvers = [
  defineResolver({
    call: checkpointCalls.save,
    requires: ['browseIssue', 'editIssue'],
    alsoAsks: ['csiAdmin'],
    handle: ({ requestId, ...input }, ctx) =>
      saveCheckpoint(checkpointDeps(ctx.memo), panelCallerOf(ctx), input, requestId),
  }),
  defineResolver({
    call: checkpointCalls.measure,
    requires: ['browseIssue', 'editIssue'],
    alsoAsks: ['csiAdmin'],
    handle: ({ checkpointId, results, requestId }, ctx) =>
      recordMeasurements(checkpointDeps(ctx.memo), panelCallerOf(ctx), checkpointId, results, requestId),
  }),
  defineResolver({
    call: checkpointCalls.decide,
    requires: ['browseIssue', 'csiAdmin'],
    alsoAsks: ['editIssue'],
    handle: ({ requestId, ...input }, ctx) =>
      decideCheckpoint(checkpointDeps(ctx.memo), panelCallerOf(ctx), input, requestId),
  }),
  defineResolver({
    call: checkpointCalls.confirm,
    requires: ['browseIssue', 'csiAdmin'],
    alsoAsks: ['editIssue'],
    handle: ({ checkpointId, requestId }, ctx) =>
      confirmCheckpointOverride(checkpointDeps(ctx.memo), panelCallerOf(ctx), checkpointId, requestId),
  }),
  defineResolver({
    call: checkpointCalls.completeRollback,
    requires: ['browseIssue', 'csiAdmin'],
    alsoAsks: ['editIssue'],
    handle: ({ checkpointId, requestId }, ctx) =>
      completeRollback(checkpointDeps(ctx.memo), panelCallerOf(ctx), checkpointId, requestId),
  }),
];
