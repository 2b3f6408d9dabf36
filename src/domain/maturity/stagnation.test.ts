import type { MaturityDimension } from './maturity.vocabulary';
import { stagnatingDimensions, type LevelHistoryEntry } from './stagnation';

/** An entry whose governance level is `governance`; every other dimension rises by one each quarter. */
const rising: Record<string, number> = { '2025-Q4': 0, '2026-Q1': 1, '2026-Q2': 2, '2026-Q3': 3, '2026-Q4': 4 };
const entry = (period: string, governance: number): LevelHistoryEntry => {
  const other = rising[period] ?? 0;
  return {
    period,
    levels: {
      governance,
      measurement: other,
      prioritisation: other,
      collaboration: other,
      feedback: other,
      adoption: other,
      sustainment: other,
    },
  };
};

describe('stagnatingDimensions', () => {
  // Each series is the governance level per period, written `period:level`, in the order given.
  it.each<[string, string, boolean]>([
    ['flat for two quarters', '2026-Q1:2 2026-Q2:2 2026-Q3:2', true],
    ['falling, then flat', '2026-Q1:3 2026-Q2:2 2026-Q3:2', true],
    ['flat, then falling', '2026-Q1:2 2026-Q2:2 2026-Q3:1', true],
    ['falling twice', '2026-Q1:3 2026-Q2:2 2026-Q3:1', true],
    ['flat at level 0', '2026-Q1:0 2026-Q2:0 2026-Q3:0', true],
    ['flat at level 4', '2026-Q1:4 2026-Q2:4 2026-Q3:4', true],
    ['falling from 5 to 4', '2026-Q1:5 2026-Q2:5 2026-Q3:4', true],
    ['rising in the last quarter', '2026-Q1:2 2026-Q2:2 2026-Q3:3', false],
    ['rising in the quarter before', '2026-Q1:1 2026-Q2:2 2026-Q3:2', false],
    ['rising, then falling back', '2026-Q1:1 2026-Q2:3 2026-Q3:1', false],
    ['falling, then rising', '2026-Q1:3 2026-Q2:1 2026-Q3:2', false],
    ['at the top, level 5 throughout', '2026-Q1:5 2026-Q2:5 2026-Q3:5', false],
    ['flat across a year end', '2025-Q4:2 2026-Q1:2 2026-Q2:2', true],
    ['flat, given latest first', '2026-Q3:2 2026-Q1:2 2026-Q2:2', true],
    // Only the three latest periods count: an earlier rise or gap does not matter.
    ['rising long ago, flat since', '2025-Q4:0 2026-Q1:2 2026-Q2:2 2026-Q3:2', true],
    ['flat long ago, rising since', '2025-Q4:2 2026-Q1:2 2026-Q2:2 2026-Q3:3', false],
    ['a gap long ago, flat since', '2025-Q4:2 2026-Q2:2 2026-Q3:2 2026-Q4:2', true],
    // Not enough history.
    ['no history', '', false],
    ['one period', '2026-Q3:2', false],
    ['two periods, flat', '2026-Q2:2 2026-Q3:2', false],
    ['a gap in the last three periods', '2026-Q1:2 2026-Q3:2 2026-Q4:2', false],
    ['a gap of a year', '2025-Q2:2 2026-Q2:2 2026-Q3:2', false],
    ['a period given twice', '2026-Q2:2 2026-Q3:2 2026-Q3:2', false],
    ['a period that is not a quarter, ignored', '2026-Q2:2 2026-Q3:2 2026-07:2', false],
  ])('governance %s (%s): stagnating %p', (_label, series, expected) => {
    const history = series
      .split(' ')
      .filter((item) => item !== '')
      .map((item) => {
        const [period = '', level = ''] = item.split(':');
        return entry(period, Number(level));
      });
    expect(stagnatingDimensions(history).includes('governance')).toBe(expected);
  });

  it('names every stagnating dimension, in vocabulary order, and none that rose', () => {
    const levels = (values: number[]) => {
      const [gov, mea, pri, col, fbk, ado, sus] = values as [number, number, number, number, number, number, number];
      return {
        governance: gov,
        measurement: mea,
        prioritisation: pri,
        collaboration: col,
        feedback: fbk,
        adoption: ado,
        sustainment: sus,
      };
    };
    const history: LevelHistoryEntry[] = [
      { period: '2026-Q1', levels: levels([1, 2, 3, 1, 5, 0, 2]) },
      { period: '2026-Q2', levels: levels([2, 2, 3, 1, 5, 0, 2]) },
      { period: '2026-Q3', levels: levels([2, 2, 2, 2, 5, 0, 1]) },
    ];
    expect(stagnatingDimensions(history)).toEqual<MaturityDimension[]>([
      'measurement',
      'prioritisation',
      'adoption',
      'sustainment',
    ]);
  });

  it('does not reorder the history it was given', () => {
    const history = [entry('2026-Q3', 2), entry('2026-Q1', 2), entry('2026-Q2', 2)];
    stagnatingDimensions(history);
    expect(history.map((e) => e.period)).toEqual(['2026-Q3', '2026-Q1', '2026-Q2']);
  });
});
