import { benefitCheckDates } from '../../domain/pir/benefit-check-dates';
import { localDateOf } from '../../domain/pir/pir-due-date';
import type { BenefitCheckDays } from '../../domain/pir/pir.vocabulary';
import { pirCopyOf } from './pir-copy';
import type { PirRecord } from './pir-record';

/** The day the initiative was closed, in the site's time zone: its PIR's completion. */
export function closedOnOf(pir: PirRecord): string | null {
  return pir.completion ? (localDateOf(pir.completion.at, pir.timeZone) ?? pir.completion.at.slice(0, 10)) : null;
}

/**
 * The benefit check a completed PIR waits for next (+30, then +90 days after closure), or null when
 * it is open or both were made.
 */
export function nextBenefitCheck(pir: PirRecord): { days: BenefitCheckDays; dueDate: string } | null {
  const closedOn = closedOnOf(pir);
  if (!closedOn) return null;
  return benefitCheckDates(closedOn).find((c) => !pir.benefitChecks.some((b) => b.days === c.days)) ?? null;
}

/**
 * What the daily job's indexes find a PIR by (entity `pir`): the due date of its next benefit check
 * (`checkDue`, index `by-check-due`, or of a lost check still without its review issue) and of its
 * earliest open action (`actionDue`, `by-action-due`).
 * Absent when there is none, so the PIR is not in that index at all: the job reads only what is due.
 */
export function scheduleOf(pir: PirRecord): { checkDue?: string; actionDue?: string } {
  // A lost check whose review issue is not made yet keeps the PIR in the index until it is.
  const pending = pir.benefitChecks.filter((c) => c.verdict === 'lost' && c.reviewIssueKey === null);
  const check = [...pending.map((c) => c.dueDate), nextBenefitCheck(pir)?.dueDate]
    .filter((d) => d !== undefined)
    .sort()[0];
  const action = pirCopyOf(pir).nextActionDue;
  return { ...(check ? { checkDue: check } : {}), ...(action ? { actionDue: action } : {}) };
}
