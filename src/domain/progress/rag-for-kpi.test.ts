import { ragForKpi } from './rag-for-kpi';

describe('ragForKpi', () => {
  it.each([
    ['decrease', 10, 8, 8, 'green'],
    ['decrease', 10, 7, 8, 'green'],
    ['decrease', 10, 9, 8, 'amber'],
    ['decrease', 10, 10, 8, 'red'],
    ['decrease', 10, 12, 8, 'red'],
    ['increase', 60, 75, 75, 'green'],
    ['increase', 60, 80, 75, 'green'],
    ['increase', 60, 70, 75, 'amber'],
    ['increase', 60, 60, 75, 'red'],
    ['increase', 60, 50, 75, 'red'],
    ['increase', 60, 60, 60, 'green'],
    ['increase', 60, 58, 55, 'green'],
  ] as const)('%s from %p to %p against target %p is %s', (direction, baseline, current, target, expected) => {
    expect(ragForKpi({ direction, baseline, current, target })).toBe(expected);
  });

  it.each([
    [{ direction: undefined, baseline: 1, current: 1, target: 1 }],
    [{ direction: 'decrease' as const, baseline: null, current: 1, target: 1 }],
    [{ direction: 'decrease' as const, baseline: 1, current: undefined, target: 1 }],
    [{ direction: 'decrease' as const, baseline: 1, current: 1, target: Number.NaN }],
    [{ direction: 'sideways' as never, baseline: 1, current: 1, target: 2 }],
  ])('is unknown for %p', (reading) => {
    expect(ragForKpi(reading)).toBe('unknown');
  });
});
