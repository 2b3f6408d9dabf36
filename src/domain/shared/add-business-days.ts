import { isCalendarDate } from './is-calendar-date';

const DAY_MS = 86_400_000;

/**
 * The date `days` business days (Monday to Friday) after `date`: the due date of a no-go's rollback
 * issue, of a post-implementation review and of its actions. Public holidays are not known here.
 * Counting starts the day after `date` (a Saturday plus one business day is the Monday); 0 days from a
 * weekend day gives the next Monday.
 * Returns null for a date that is not `YYYY-MM-DD` or a count that is not a whole number 0..3650.
 *
 * @example
 * addBusinessDays('2026-12-04', 1); // '2026-12-07' (a Friday plus one business day is the Monday)
 */
export function addBusinessDays(date: string, days: number): string | null {
  if (!isCalendarDate(date) || !Number.isSafeInteger(days) || days < 0 || days > 3650) return null;
  let at = Date.parse(`${date}T00:00:00Z`);
  const isWeekend = (ms: number): boolean => [0, 6].includes(new Date(ms).getUTCDay());
  while (days === 0 && isWeekend(at)) at += DAY_MS;
  for (let left = days; left > 0;) {
    at += DAY_MS;
    if (!isWeekend(at)) left -= 1;
  }
  return new Date(at).toISOString().slice(0, 10);
}
