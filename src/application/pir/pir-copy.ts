import * as z from 'zod';
import { isOverdue, localDateOf } from '../../domain/pir/pir-due-date';
import { BENEFIT_VERDICTS, PIR_STATES } from '../../domain/pir/pir.vocabulary';
import type { PirAction } from '../../domain/pir/pir-content';
import type { InitiativeRecord } from '../initiative-record';
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
  /** The latest benefit check's verdict (null: none made yet, or no reading to judge). */
  benefit: z.enum(BENEFIT_VERDICTS).nullable().default(null),
});

export type PirCopy = z.infer<typeof pirCopySchema>;

/** The key of the PIR's actions section, if its template has one. */
const actionsKeyOf = (pir: Pick<PirRecord, 'template'>) => pir.template.sections.find((s) => s.kind === 'actions')?.key;

/** The actions of a PIR, from its actions section (none when it has none). */
export function actionsOf(pir: Pick<PirRecord, 'values' | 'template'>) {
  const key = actionsKeyOf(pir);
  const value = key === undefined ? undefined : pir.values[key];
  return value?.kind === 'actions' ? value.actions : [];
}

/** The initiative and its PIR after a change of the PIR: the initiative's copy follows it (same transaction). */
export function withCopy(record: InitiativeRecord, pir: PirRecord): { record: InitiativeRecord; pir: PirRecord } {
  const copy = pirCopyOf(pir);
  return { record: { ...record, pir: copy, openActions: copy.openActions }, pir };
}

/** `withCopy` with the PIR's actions replaced (a PIR without an actions section is left as it is). */
export function withActions(record: InitiativeRecord, pir: PirRecord, actions: PirAction[]) {
  const key = actionsKeyOf(pir);
  return withCopy(record, key ? { ...pir, values: { ...pir.values, [key]: { kind: 'actions', actions } } } : pir);
}

export function pirCopyOf(pir: PirRecord): PirCopy {
  const open = actionsOf(pir).filter((a) => a.status === 'open');
  return {
    state: pir.state,
    dueDate: pir.dueDate,
    timeZone: pir.timeZone,
    openActions: open.length,
    nextActionDue: open.map((a) => a.dueDate).sort()[0] ?? null,
    benefit: pir.benefitChecks.at(-1)?.verdict ?? null,
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
