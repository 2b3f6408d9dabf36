import { proposeCalls } from '../../contracts/propose.contract';
import {
  getProposeDialog,
  proposeImprovement,
  type ProposeCaller,
} from '../../application/propose/propose-improvement.use-case';
import type { ProposeDeps } from '../../application/propose/propose.ports';
import { proposeJira } from '../product/propose-jira';
import { proposalRequests } from '../storage/propose-requests.repository';
import { loadSettings } from '../storage/settings.repository';
import { buildResolver, defineResolver, type CallContext } from './define-resolver';

/** The issue the action was opened on, from the platform context only. */
function callerOf(ctx: CallContext): ProposeCaller {
  const issue = ctx.platform.extension.issue;
  if (!issue) throw new Error('The issue action was invoked without an issue in its context');
  return { accountId: ctx.accountId, source: { key: issue.key } };
}

const deps = (ctx: CallContext): ProposeDeps => ({
  settings: { load: () => ctx.memo('settings', loadSettings) },
  jira: proposeJira,
  requests: proposalRequests,
  now: () => new Date().toISOString(),
});

export const proposeResolvers = [
  defineResolver({
    call: proposeCalls.get,
    requires: ['browseIssue'],
    handle: (_input, ctx) => getProposeDialog(deps(ctx), callerOf(ctx)),
  }),
  defineResolver({
    call: proposeCalls.submit,
    // Create Issues in the target project is asked of Jira in the use case, before any write.
    requires: ['browseIssue'],
    handle: (input, ctx) => proposeImprovement(deps(ctx), callerOf(ctx), input),
  }),
];

export const proposeResolver = buildResolver(proposeResolvers);
