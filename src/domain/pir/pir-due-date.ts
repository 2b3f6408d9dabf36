import { isCalendarDate } from '../shared/is-calendar-date';
import { addBusinessDays } from '../shared/add-business-days';
import type { ActionPriority } from './pir.vocabulary';

/**
 * An ISO 8601 instant with a date, a time and an offset: `Z`, `+13:00` or Jira's `+1300`
 * (`2026-12-04T23:30:00.000+0000`). Local times without an offset are not instants.
 */
const INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

/** Milliseconds since the epoch of an instant {@link INSTANT} accepts, or null. */
function instantMs(instant: string): number | null {
  const match = INSTANT.exec(instant);
  if (!match || !isCalendarDate(match[1])) return null;
  const offset = match[2] ?? 'Z';
  const withColon = offset === 'Z' || offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
  const ms = Date.parse(instant.slice(0, instant.length - offset.length) + withColon);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * The calendar date (`YYYY-MM-DD`) that `instant` falls on in the IANA time zone `timeZone`, daylight
 * saving included. Null for a text that is not an instant with an offset (see {@link INSTANT}), an
 * impossible date, or a time zone the platform does not know.
 *
 * @example
 * localDateOf('2026-12-04T23:30:00Z', 'Pacific/Auckland'); // '2026-12-05' (a Saturday there)
 * localDateOf('2026-12-04T23:30:00Z', 'America/Los_Angeles'); // '2026-12-04'
 * localDateOf('2026-12-04T23:30:00Z', 'Mars/Olympus'); // null
 */
export function localDateOf(instant: string, timeZone: string): string | null {
  const ms = instantMs(instant);
  if (ms === null || timeZone.trim() === '') return null;
  let parts: Intl.DateTimeFormatPart[];
  try {
    const options = { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' } as const;
    const format = new Intl.DateTimeFormat('en-CA', { ...options, calendar: 'gregory', numberingSystem: 'latn' });
    parts = format.formatToParts(ms);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  const date = `${part('year')}-${part('month')}-${part('day')}`;
  return isCalendarDate(date) ? date : null;
}

/**
 * The date a PIR is due: `businessDays` business days after the date its issue reached done
 * (`doneAt`) in the site's time zone. Null when either the date or the count has no answer (see
 * `localDateOf` and `addBusinessDays`).
 *
 * @example
 * pirDueDate('2026-12-03T23:30:00Z', 'Pacific/Auckland', 1); // '2026-12-07' (done on Friday the 4th there)
 * pirDueDate('2026-12-03T23:30:00Z', 'America/Los_Angeles', 1); // '2026-12-04' (done on Thursday the 3rd there)
 */
export function pirDueDate(doneAt: string, timeZone: string, businessDays: number): string | null {
  const doneOn = localDateOf(doneAt, timeZone);
  return doneOn === null ? null : addBusinessDays(doneOn, businessDays);
}

/** The configurable delays, in business days: of the PIR after done, and of an action by its priority. */
export interface PirTimings {
  pirDueBusinessDays: number;
  actionDueBusinessDays: Record<ActionPriority, number>;
}

/** The delays shipped with the app. */
export const DEFAULT_PIR_TIMINGS: PirTimings = Object.freeze({
  pirDueBusinessDays: 10,
  actionDueBusinessDays: Object.freeze({ urgent: 3, high: 5, normal: 10, low: 20 }),
});

/**
 * The default due date of a PIR action of `priority` created on `fromDate` (`YYYY-MM-DD`): its
 * priority's business days later. Null for a date or a configured count that has no answer.
 *
 * @example
 * actionDueDate('2026-12-04', 'urgent', DEFAULT_PIR_TIMINGS); // '2026-12-09' (Friday plus 3 business days)
 */
export function actionDueDate(fromDate: string, priority: ActionPriority, timings: PirTimings): string | null {
  const days = timings.actionDueBusinessDays[priority];
  return typeof days === 'number' ? addBusinessDays(fromDate, days) : null;
}

/** Which reminder is due today: the business day before the due date, on it, or after it. */
export const REMINDER_KINDS = ['before', 'on', 'after'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

const DAY_MS = 86_400_000;

/** The last Monday-to-Friday date before `date` (a calendar date). */
function previousBusinessDay(date: string): string {
  let at = Date.parse(`${date}T00:00:00Z`) - DAY_MS;
  while ([0, 6].includes(new Date(at).getUTCDay())) at -= DAY_MS;
  return new Date(at).toISOString().slice(0, 10);
}

/**
 * Which reminder `today` calls for about something due on `dueDate` (both `YYYY-MM-DD` in the same
 * time zone): `before` on the business day right before it (the Friday for a Monday), `on` that day,
 * `after` on any later day; null on other days and for dates that are not calendar dates.
 *
 * @example
 * reminderKind('2026-12-07', '2026-12-04'); // 'before' (Friday before a Monday)
 * reminderKind('2026-12-07', '2026-12-06'); // null (the Sunday in between)
 * reminderKind('2026-12-07', '2026-12-08'); // 'after'
 */
export function reminderKind(dueDate: string, today: string): ReminderKind | null {
  if (!isCalendarDate(dueDate) || !isCalendarDate(today)) return null;
  if (today === dueDate) return 'on';
  if (today > dueDate) return 'after';
  return today === previousBusinessDay(dueDate) ? 'before' : null;
}

/**
 * Whether something due on `dueDate` is overdue on `today` (both `YYYY-MM-DD`): from the day after.
 * False for dates that are not calendar dates.
 *
 * @example
 * isOverdue('2026-12-07', '2026-12-07'); // false
 * isOverdue('2026-12-07', '2026-12-08'); // true
 */
export function isOverdue(dueDate: string, today: string): boolean {
  return isCalendarDate(dueDate) && isCalendarDate(today) && today > dueDate;
}
