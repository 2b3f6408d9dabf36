import {
  actionDueDate,
  DEFAULT_PIR_TIMINGS,
  isOverdue,
  localDateOf,
  pirDueDate,
  reminderKind,
  type PirTimings,
} from './pir-due-date';

describe('localDateOf', () => {
  it.each([
    // 2026-12-04 is a Friday.
    ['2026-12-04T23:30:00Z', 'Pacific/Auckland', '2026-12-05'], // 12:30 on Saturday (NZDT, +13)
    ['2026-12-04T23:30:00Z', 'America/Los_Angeles', '2026-12-04'], // 15:30 on Friday (PST, -8)
    ['2026-12-04T23:30:00Z', 'UTC', '2026-12-04'],
    ['2026-12-04T23:30:00.000+0000', 'Europe/Paris', '2026-12-05'], // Jira's form of an instant
    ['2026-12-05T10:30:00+13:00', 'UTC', '2026-12-04'],
    ['2026-12-05T10:30:00+1300', 'Asia/Tokyo', '2026-12-05'],
    ['2026-12-04T18:45:00Z', 'Asia/Kolkata', '2026-12-05'], // +05:30: 00:15
    ['2026-12-04T18:10:00Z', 'Asia/Kathmandu', '2026-12-04'], // +05:45: 23:55
    // New York moves to daylight time on Sunday 2026-03-08 at 07:00Z.
    ['2026-03-08T04:30:00Z', 'America/New_York', '2026-03-07'], // EST: 23:30 on Saturday
    ['2026-03-09T04:30:00Z', 'America/New_York', '2026-03-09'], // EDT: 00:30 on Monday (EST would say Sunday)
    // London leaves summer time on Sunday 2026-10-25 at 01:00Z.
    ['2026-10-24T23:30:00Z', 'Europe/London', '2026-10-25'], // BST: 00:30
    ['2026-10-25T23:30:00Z', 'Europe/London', '2026-10-25'], // GMT: 23:30
    // Auckland leaves daylight time on Sunday 2026-04-05 at 14:00Z the day before.
    ['2026-04-04T11:30:00Z', 'Pacific/Auckland', '2026-04-05'], // NZDT: 00:30
    ['2026-04-05T11:30:00Z', 'Pacific/Auckland', '2026-04-05'], // NZST: 23:30
  ])('%s in %s is %s', (instant, zone, expected) => {
    expect(localDateOf(instant, zone)).toBe(expected);
  });

  it.each([
    ['yesterday', 'UTC'],
    ['2026-12-04', 'UTC'],
    ['2026-12-04T23:30:00', 'UTC'],
    ['2026-02-30T10:00:00Z', 'UTC'],
    ['2026-12-04T25:00:00Z', 'UTC'],
    ['', 'UTC'],
    ['2026-12-04T23:30:00Z', 'Mars/Olympus'],
    ['2026-12-04T23:30:00Z', ''],
  ])('has no date for %p in %p', (instant, zone) => {
    expect(localDateOf(instant, zone)).toBeNull();
  });
});

describe('pirDueDate', () => {
  it.each([
    ['2026-12-03T23:30:00Z', 'Pacific/Auckland', 1, '2026-12-07'], // done on Friday there: due Monday
    ['2026-12-03T23:30:00Z', 'America/Los_Angeles', 1, '2026-12-04'], // done on Thursday there: due Friday
    ['2026-12-04T23:30:00Z', 'Pacific/Auckland', 10, '2026-12-18'], // done on Saturday: two weeks from Monday
    ['2026-12-04T23:30:00Z', 'America/Los_Angeles', 10, '2026-12-18'],
    ['2026-12-04T23:30:00Z', 'Pacific/Auckland', 0, '2026-12-07'], // 0 days from a Saturday: Monday
    ['2026-12-04T23:30:00Z', 'America/Los_Angeles', 0, '2026-12-04'],
    ['2026-12-31T20:00:00Z', 'UTC', 1, '2027-01-01'], // across the year; holidays are not known
    ['2026-03-08T04:30:00Z', 'America/New_York', 5, '2026-03-13'], // done Saturday: Monday to Friday
    ['2026-03-09T04:30:00Z', 'America/New_York', 5, '2026-03-16'], // done Monday: next Monday
  ])('done at %s in %s, %p business days: due %s', (doneAt, zone, days, expected) => {
    expect(pirDueDate(doneAt, zone, days)).toBe(expected);
  });

  it.each([
    ['2026-12-04T23:30:00Z', 'Nowhere/Here', 10],
    ['2026-12-04', 'UTC', 10],
    ['2026-12-04T23:30:00Z', 'UTC', -1],
    ['2026-12-04T23:30:00Z', 'UTC', 1.5],
  ])('has no due date for %s in %s plus %p', (doneAt, zone, days) => {
    expect(pirDueDate(doneAt, zone, days)).toBeNull();
  });
});

describe('actionDueDate', () => {
  it('has the shipped delays', () => {
    expect(DEFAULT_PIR_TIMINGS).toEqual({
      pirDueBusinessDays: 10,
      actionDueBusinessDays: { urgent: 3, high: 5, normal: 10, low: 20 },
    });
  });

  it.each([
    ['urgent', '2026-12-09'],
    ['high', '2026-12-11'],
    ['normal', '2026-12-18'],
    ['low', '2027-01-01'],
  ] as const)('from Friday 2026-12-04, a %s action is due %s', (priority, expected) => {
    expect(actionDueDate('2026-12-04', priority, DEFAULT_PIR_TIMINGS)).toBe(expected);
  });

  it('uses the configured delays', () => {
    const timings: PirTimings = {
      pirDueBusinessDays: 5,
      actionDueBusinessDays: { urgent: 0, high: 1, normal: 2, low: 3 },
    };
    expect(actionDueDate('2026-12-05', 'urgent', timings)).toBe('2026-12-07');
    expect(actionDueDate('2026-12-05', 'low', timings)).toBe('2026-12-09');
  });

  it('has no due date from a date that is not one', () => {
    expect(actionDueDate('2026-12-32', 'high', DEFAULT_PIR_TIMINGS)).toBeNull();
  });
});

describe('reminderKind', () => {
  it.each([
    ['2026-12-07', '2026-12-03', null], // Monday due, the Thursday before
    ['2026-12-07', '2026-12-04', 'before'], // the Friday before a Monday
    ['2026-12-07', '2026-12-05', null], // Saturday
    ['2026-12-07', '2026-12-06', null], // Sunday
    ['2026-12-07', '2026-12-07', 'on'],
    ['2026-12-07', '2026-12-08', 'after'],
    ['2026-12-07', '2027-01-01', 'after'],
    ['2026-12-09', '2026-12-08', 'before'], // Wednesday due, Tuesday
    ['2026-12-09', '2026-12-07', null],
    ['2026-12-05', '2026-12-04', 'before'], // a Saturday due date: the Friday
    ['2026-11-02', '2026-10-30', 'before'], // across a month
    ['2027-01-04', '2026-12-31', null], // across a year: Thursday the 31st is not the day before
    ['2027-01-04', '2027-01-01', 'before'], // Friday the 1st is
    ['2026-02-30', '2026-02-27', null],
    ['2026-12-07', '', null],
  ])('due %s, today %s: %p', (dueDate, today, expected) => {
    expect(reminderKind(dueDate, today)).toBe(expected);
  });
});

describe('isOverdue', () => {
  it.each([
    ['2026-12-07', '2026-12-06', false],
    ['2026-12-07', '2026-12-07', false],
    ['2026-12-07', '2026-12-08', true],
    ['2026-12-31', '2027-01-01', true],
    ['not a date', '2027-01-01', false],
    ['2026-12-07', '2026-12-8', false],
  ])('due %s, today %s: %p', (dueDate, today, expected) => {
    expect(isOverdue(dueDate, today)).toBe(expected);
  });
});
