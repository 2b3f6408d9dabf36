import { addBusinessDays } from './add-business-days';
import { isCalendarDate } from './is-calendar-date';

describe('isCalendarDate', () => {
  it.each([
    ['2026-12-02', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-12-02T00:00:00Z', false],
    [20261202, false],
    [null, false],
  ])('%p is a calendar date: %p', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe('addBusinessDays', () => {
  it.each([
    ['2026-12-02', 0, '2026-12-02'], // Wednesday
    ['2026-12-02', 2, '2026-12-04'],
    ['2026-12-04', 1, '2026-12-07'], // Friday -> Monday
    ['2026-12-05', 0, '2026-12-07'], // Saturday, 0 days -> Monday
    ['2026-12-05', 1, '2026-12-07'], // Saturday + 1 -> Monday
    ['2026-12-02', 5, '2026-12-09'],
    ['2026-12-31', 1, '2027-01-01'],
  ])('%s plus %p business days is %s', (date, days, expected) => {
    expect(addBusinessDays(date, days)).toBe(expected);
  });

  it.each([
    ['2026-02-30', 1],
    ['2026-12-02', -1],
    ['2026-12-02', 1.5],
    ['2026-12-02', 3651],
  ])('has no answer for %s plus %p', (date, days) => {
    expect(addBusinessDays(date, days)).toBeNull();
  });
});
