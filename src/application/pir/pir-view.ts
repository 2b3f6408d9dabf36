import type { PirView } from '../../contracts/pir.contract';
import { isSectionFilled } from '../../domain/pir/pir-content';
import { isOverdue, localDateOf } from '../../domain/pir/pir-due-date';
import type { SectionOwnerRole } from '../../domain/pir/pir.vocabulary';
import { actionsOf } from './pir-copy';
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
 * The PIR as the panel shows it: each section with its guidance, value, who filled it and whether
 * this viewer may; overdue when still open after its due date in the site's time zone.
 */
export function pirView(pir: PirRecord, viewer: PirViewer, now: string): PirView {
  const today = localDateOf(now, pir.timeZone) ?? now.slice(0, 10);
  const open = pir.state === 'open';
  return {
    rule: pir.rule,
    template: { id: pir.template.id, name: pir.template.name, version: pir.template.version },
    state: pir.state,
    dueDate: pir.dueDate,
    timeZone: pir.timeZone,
    overdue: open && isOverdue(pir.dueDate, today),
    overdueActions: actionsOf(pir)
      .filter((a) => a.status === 'open' && isOverdue(a.dueDate, today))
      .map((a) => a.id),
    sections: pir.template.sections.map((s) => ({
      ...s,
      value: pir.values[s.key] ?? null,
      filled: isSectionFilled(pir.values[s.key]),
      filledBy: pir.filledBy[s.key] ?? null,
      canFill: open && mayFill(s.ownerRole, viewer),
    })),
    completion: pir.completion,
    canComplete: open && (viewer.isCsiAdmin || viewer.isOwner),
  };
}
