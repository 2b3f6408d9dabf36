import { isCalendarDate } from '../shared/is-calendar-date';

/*
 * Quarters name the period of an assessment: `YYYY-Qn`, n from 1 to 4 (Q1 January to March, ...,
 * Q4 October to December). Written this way, two quarters compare correctly as strings.
 */
const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

/**
 * Whether `value` is a quarter written `YYYY-Qn` (year 0000-9999, n 1-4).
 *
 * @example
 * isQuarter('2026-Q3'); // true
 * isQuarter('2026-Q5'); // false
 */
export function isQuarter(value: unknown): value is string {
  return typeof value === 'string' && QUARTER_PATTERN.test(value);
}

/**
 * The quarter a calendar date `YYYY-MM-DD` falls in, or null when `date` is not a real calendar date.
 *
 * @example
 * quarterOf('2026-08-15'); // '2026-Q3'
 * quarterOf('2026-02-30'); // null
 */
export function quarterOf(date: string): string | null {
  if (!isCalendarDate(date)) return null;
  const month = Number(date.slice(5, 7));
  return `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/**
 * The quarter before `quarter`, or null when `quarter` is not a quarter or is the first one (0000-Q1).
 *
 * @example
 * previousQuarter('2026-Q3'); // '2026-Q2'
 * previousQuarter('2026-Q1'); // '2025-Q4'
 */
export function previousQuarter(quarter: string): string | null {
  const match = QUARTER_PATTERN.exec(quarter);
  if (match === null) return null;
  const year = Number(match[1]);
  const n = Number(match[2]);
  if (n > 1) return `${match[1]}-Q${n - 1}`;
  if (year === 0) return null;
  return `${String(year - 1).padStart(4, '0')}-Q4`;
}

/**
 * Orders two quarters, earliest first, for `Array.prototype.sort`: negative when `a` is earlier, 0 when
 * equal, positive when later. Strings that are not quarters sort as plain strings.
 *
 * @example
 * ['2026-Q3', '2025-Q4', '2026-Q1'].sort(compareQuarters); // ['2025-Q4', '2026-Q1', '2026-Q3']
 */
export function compareQuarters(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
