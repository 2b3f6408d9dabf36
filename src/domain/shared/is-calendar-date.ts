/**
 * Whether `value` is a real calendar date written `YYYY-MM-DD` (so `2026-02-30` is not). Such dates
 * compare correctly as strings, which is how the lifecycle domain compares them.
 *
 * @example
 * isCalendarDate('2028-02-29'); // true
 * isCalendarDate('2026-02-29'); // false
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
