import type { PirActionView, PirView } from '../../contracts/pir.contract';
import { actionStatusOf } from '../../domain/pir/action-status-of';
import { isSectionFilled } from '../../domain/pir/pir-content';
import { isOverdue, localDateOf } from '../../domain/pir/pir-due-date';
import type { SectionOwnerRole } from '../../domain/pir/pir.vocabulary';
import type { ActionIssue } from './action-issues.port';
import { actionsOf } from './pir-copy';
import { nextBenefitCheck } from './pir-schedule';
import type { PirRecord } from './pir-record';

/** Who is looking, as far as the PIR's roles go. */
export interface PirViewer {
  accountId: string;
  isCsiAdmin: boolean;
  /** The initiative's owner (its issue's assignee). */
  isOwner: boolean;
  /** Owns one of the services the initiative names (lifecycle settings' catalogue). */
  isServiceOwner: boolean;
}

/** Whether `viewer` may fill a section owned by `role`: its owner by role, or any CSI admin. */
export function mayFill(role: SectionOwnerRole, viewer: PirViewer): boolean {
  if (viewer.isCsiAdmin) return true;
  return role === 'initiative-owner' ? viewer.isOwner : role === 'service-owner' && viewer.isServiceOwner;
}

/**
 * The PIR's actions with where they stand: an action with a Jira issue the search found takes the
 * issue's status (`actionStatusOf`) and assignee, live; one without (not made yet, or not visible to
 * this viewer) shows what the PIR recorded.
 */
function actionViews(pir: PirRecord, live: readonly ActionIssue[] | null, today: string): PirActionView[] {
  const found = new Map((live ?? []).map((i) => [i.actionId, i]));
  return actionsOf(pir).map((a) => {
    const issue = a.issueKey ? found.get(a.id) : undefined;
    const status = issue ? actionStatusOf(issue) : a.status;
    return {
      id: a.id,
      title: a.title,
      priority: a.priority,
      dueDate: issue?.dueDate ?? a.dueDate,
      ownerAccountId: a.ownerAccountId,
      assignee: issue?.assignee ?? null,
      issueKey: issue?.issueKey ?? a.issueKey,
      status,
      jiraStatus: issue?.statusName ?? null,
      wontDoReason: a.wontDoReason ?? (status === 'wont-do' ? (issue?.resolution ?? issue?.statusName ?? null) : null),
      overdue: status === 'open' && isOverdue(issue?.dueDate ?? a.dueDate, today),
      linkError: pir.linkErrors[a.id] ?? null,
    };
  });
}

/**
 * The PIR as the panel shows it: each section with its guidance, value, who filled it and whether
 * this viewer may; overdue when still open after its due date in the site's time zone; its actions
 * with their Jira issues' live status (`live`: the one search's answer, null when it failed).
 */
export function pirView(pir: PirRecord, viewer: PirViewer, now: string, live: readonly ActionIssue[] | null): PirView {
  const today = localDateOf(now, pir.timeZone) ?? now.slice(0, 10);
  const open = pir.state === 'open';
  const actions = actionViews(pir, live, today);
  return {
    rule: pir.rule,
    template: { id: pir.template.id, name: pir.template.name, version: pir.template.version },
    state: pir.state,
    dueDate: pir.dueDate,
    timeZone: pir.timeZone,
    overdue: open && isOverdue(pir.dueDate, today),
    overdueActions: actions.filter((a) => a.overdue).map((a) => a.id),
    actions,
    actionsLive: live !== null,
    sections: pir.template.sections.map((s) => ({
      ...s,
      value: pir.values[s.key] ?? null,
      filled: isSectionFilled(pir.values[s.key]),
      filledBy: pir.filledBy[s.key] ?? null,
      canFill: open && mayFill(s.ownerRole, viewer),
    })),
    completion: pir.completion,
    canComplete: open && (viewer.isCsiAdmin || viewer.isOwner),
    benefitChecks: pir.benefitChecks.map(({ reviewClaimedAt: _claim, ...check }) => check),
    nextBenefitCheck: nextBenefitCheck(pir),
  };
}
