import { benefitCheckDates } from './benefit-check-dates';

describe('benefitCheckDates', () => {
  it.each([
    ['2026-12-04', '2027-01-03', '2027-03-04'],
    ['2028-01-31', '2028-03-01', '2028-04-30'], // a leap year's February has 29 days
    ['2027-01-31', '2027-03-02', '2027-05-01'],
    ['2026-03-01', '2026-03-31', '2026-05-30'], // daylight saving changes nothing: calendar days
  ])('closed on %s: due %s and %s', (closedOn, day30, day90) => {
    expect(benefitCheckDates(closedOn)).toEqual([
      { days: 30, dueDate: day30 },
      { days: 90, dueDate: day90 },
    ]);
  });

  it.each(['2026-02-30', '2026-12-04T00:00:00Z', '', '04/12/2026'])('has none for %p', (closedOn) => {
    expect(benefitCheckDates(closedOn)).toEqual([]);
  });
});
