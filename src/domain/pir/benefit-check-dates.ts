import { isCalendarDate } from '../shared/is-calendar-date';
import { BENEFIT_CHECK_DAYS, type BenefitCheckDays } from './pir.vocabulary';

const DAY_MS = 86_400_000;

/**
 * When the benefit checks of an initiative closed on `closedOn` (`YYYY-MM-DD`) fall due: 30 and 90
 * calendar days later (weekends count). Empty for a text that is not a calendar date.
 *
 * @example
 * benefitCheckDates('2026-12-04');
 * // [{ days: 30, dueDate: '2027-01-03' }, { days: 90, dueDate: '2027-03-04' }]
 */
export function benefitCheckDates(closedOn: string): Array<{ days: BenefitCheckDays; dueDate: string }> {
  if (!isCalendarDate(closedOn)) return [];
  const start = Date.parse(`${closedOn}T00:00:00Z`);
  return BENEFIT_CHECK_DAYS.map((days) => ({
    days,
    dueDate: new Date(start + days * DAY_MS).toISOString().slice(0, 10),
  }));
}
