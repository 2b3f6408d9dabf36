import * as z from 'zod';
import { isOverdue, localDateOf } from '../../domain/pir/pir-due-date';
import { PIR_STATES } from '../../domain/pir/pir.vocabulary';
import type { PirRecord } from './pir-record';

/**
 * What the initiative record keeps of its PIR (issue 11 item 5), so the portfolio and the progress
 * report flag an overdue review or overdue actions and count the open actions without reading
 * the PIR: written in the same transaction as every change of the PIR.
 */
export const pirCopySchema = z.object({
  state: z.enum(PIR_STATES),
  dueDate: z.string(),
  timeZone: z.string(),
  openActions: z.number().int(),
  /** The earliest due date of an open action, or null when none is open. */
  nextActionDue: z.string().nullable(),
});

export type PirCopy = z.infer<typeof pirCopySchema>;

/** The actions of a PIR, from its actions section (none when it has none). */
export function actionsOf(pir: Pick<PirRecord, 'values' | 'template'>) {
  const section = pir.template.sections.find((s) => s.kind === 'actions');
  const value = section && pir.values[section.key];
  return value?.kind === 'actions' ? value.actions : [];
}

export function pirCopyOf(pir: PirRecord): PirCopy {
  const open = actionsOf(pir).filter((a) => a.status === 'open');
  return {
    state: pir.state,
    dueDate: pir.dueDate,
    timeZone: pir.timeZone,
    openActions: open.length,
    nextActionDue: open.map((a) => a.dueDate).sort()[0] ?? null,
  };
}

/** Whether the review (while open) or one of its open actions is past its due date today in the site's zone. */
export function pirFlags(copy: PirCopy, now: string): { overdue: boolean; actionsOverdue: boolean } {
  const today = localDateOf(now, copy.timeZone) ?? now.slice(0, 10);
  return {
    overdue: copy.state === 'open' && isOverdue(copy.dueDate, today),
    actionsOverdue: copy.nextActionDue !== null && isOverdue(copy.nextActionDue, today),
  };
}
