import { compareQuarters, isQuarter, previousQuarter, quarterOf } from './quarter';

describe('isQuarter', () => {
  it.each<[unknown, boolean]>([
    ['2026-Q3', true],
    ['2026-Q1', true],
    ['2026-Q4', true],
    ['0000-Q1', true],
    ['2026-Q0', false],
    ['2026-Q5', false],
    ['2026-q3', false],
    ['26-Q3', false],
    ['2026-Q3 ', false],
    ['2026Q3', false],
    ['', false],
    [20263, false],
    [null, false],
  ])('%p: %p', (value, expected) => {
    expect(isQuarter(value)).toBe(expected);
  });
});

describe('quarterOf', () => {
  it.each<[string, string | null]>([
    ['2026-01-01', '2026-Q1'],
    ['2026-03-31', '2026-Q1'],
    ['2026-04-01', '2026-Q2'],
    ['2026-06-30', '2026-Q2'],
    ['2026-07-01', '2026-Q3'],
    ['2026-09-30', '2026-Q3'],
    ['2026-10-01', '2026-Q4'],
    ['2026-12-31', '2026-Q4'],
    ['2028-02-29', '2028-Q1'],
    ['2026-02-29', null],
    ['2026-13-01', null],
    ['2026-7-1', null],
    ['', null],
  ])('%p is in %p', (date, expected) => {
    expect(quarterOf(date)).toBe(expected);
  });
});

describe('previousQuarter', () => {
  it.each<[string, string | null]>([
    ['2026-Q4', '2026-Q3'],
    ['2026-Q2', '2026-Q1'],
    ['2026-Q1', '2025-Q4'],
    ['2000-Q1', '1999-Q4'],
    ['0001-Q1', '0000-Q4'],
    ['0000-Q1', null],
    ['2026-Q5', null],
    ['not a quarter', null],
  ])('before %p: %p', (quarter, expected) => {
    expect(previousQuarter(quarter)).toBe(expected);
  });
});

describe('compareQuarters', () => {
  it.each<[string, string, number]>([
    ['2026-Q1', '2026-Q2', -1],
    ['2026-Q2', '2026-Q1', 1],
    ['2025-Q4', '2026-Q1', -1],
    ['2026-Q3', '2026-Q3', 0],
    ['1999-Q4', '2000-Q1', -1],
  ])('%p against %p: %p', (a, b, expected) => {
    expect(Math.sign(compareQuarters(a, b))).toBe(expected);
  });

  it('sorts a list of quarters earliest first', () => {
    expect(['2026-Q3', '2025-Q4', '2026-Q1', '2025-Q1'].sort(compareQuarters)).toEqual([
      '2025-Q1',
      '2025-Q4',
      '2026-Q1',
      '2026-Q3',
    ]);
  });
});
