import { reminderKind } from '../../domain/pir/pir-due-date';
import { addBusinessDays } from '../../domain/shared/add-business-days';
import type { ClockPort } from '../ports';
import type { ActionIssuesPort } from './action-issues.port';
import { actionsOf } from './pir-copy';
import type { PirRecord } from './pir-record';
import type { PirsPort } from './pir.ports';

export interface ActionReminderDeps {
  pirs: PirsPort;
  /** The PIRs with an open action due by `through`, a page at a time. */
  due(through: string): AsyncIterable<PirRecord[]>;
  actionIssues: ActionIssuesPort;
  clock: ClockPort;
}

/**
 * The daily reminders about PIR actions (issue 11 item 4: "reminders before, on and after the due
 * date through Jira notifications"): each open action with a Jira issue gets one email to its
 * assignee on the business day before its due date, one on the day and one the first day after it
 * (`reminderKind`), each once: what was sent is recorded on the PIR. Reads only the PIRs with an
 * open action due by the next business day (index), so the overdue ones and the next day's.
 * A reminder whose recording failed after Jira queued it may be sent again the next day.
 */
export async function sendActionReminders(deps: ActionReminderDeps, today: string): Promise<{ sent: number }> {
  let sent = 0;
  const through = addBusinessDays(today, 1) ?? today;
  for await (const page of deps.due(through)) {
    for (const pir of page) {
      const owed = actionsOf(pir).flatMap((a) => {
        const kind = a.status === 'open' && a.issueKey ? reminderKind(a.dueDate, today) : null;
        return kind && !(pir.reminders[a.id] ?? []).includes(kind) ? [{ action: a, kind, issueKey: a.issueKey! }] : [];
      });
      const delivered: typeof owed = [];
      for (const o of owed) {
        const { title, dueDate } = o.action;
        const ok = await deps.actionIssues.remind({
          issueKey: o.issueKey,
          kind: o.kind,
          title,
          dueDate,
          initiativeKey: pir.issueKey,
        });
        if (ok) delivered.push(o);
      }
      if (delivered.length === 0) continue;
      sent += delivered.length;
      await deps.pirs.updateWithInitiative(pir.issueId, (record, stored) => {
        if (!stored) return undefined;
        const reminders = { ...stored.reminders };
        for (const d of delivered) reminders[d.action.id] = [...new Set([...(reminders[d.action.id] ?? []), d.kind])];
        return { record, pir: { ...stored, reminders } };
      });
    }
  }
  return { sent };
}
