import { saveStopCriteria } from '../../application/stop-criteria/save-stop-criteria.use-case';
import { stopCriteriaCalls } from '../../contracts/stop-criteria.contract';
import { productionDeps } from '../deps';
import { defineResolver } from './define-resolver';
import { panelCallerOf } from './panel-caller';

/** The issue panel's pause / terminate criteria (issue 10 item 4): CSI admins declare them. */
export const stopCriteriaResolvers = [
  defineResolver({
    call: stopCriteriaCalls.save,
    requires: ['browseIssue', 'csiAdmin'],
    alsoAsks: ['editIssue'],
    handle: ({ criteria, requestId }, ctx) =>
      saveStopCriteria(productionDeps(ctx.memo), panelCallerOf(ctx), criteria, requestId),
  }),
];
