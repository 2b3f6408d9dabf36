import type { PanelCaller } from '../../application/scoring/panel.ports';
import type { CallContext } from './define-resolver';

/**
 * The issue an issue-panel call is about and what the caller may do there, from the platform
 * context only (never the payload): every resolver of the panel's function uses it.
 */
export function panelCallerOf(ctx: CallContext): PanelCaller {
  const issue = ctx.platform.extension.issue;
  if (!issue) throw new Error('The issue panel was invoked without an issue in its context');
  return {
    issue: { id: issue.id, key: issue.key, type: issue.type },
    accountId: ctx.accountId,
    canEdit: ctx.grants.editIssue === true,
    isCsiAdmin: ctx.grants.csiAdmin === true,
  };
}
