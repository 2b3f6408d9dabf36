import { judgeBenefit } from './judge-benefit';
import type { KpiDirection } from '../shared/kpi-direction.vocabulary';

describe('judgeBenefit', () => {
  it.each<[KpiDirection, number, number, number, string, number]>([
    // An increase planned from 60 to 80 (first-contact resolution, %).
    ['increase', 60, 80, 80, 'kept', 100],
    ['increase', 60, 80, 90, 'kept', 150],
    ['increase', 60, 80, 78, 'kept', 90],
    ['increase', 60, 80, 77.9, 'partly-kept', 89.5],
    ['increase', 60, 80, 65, 'partly-kept', 25],
    ['increase', 60, 80, 64.9, 'lost', 24.5],
    ['increase', 60, 80, 60, 'lost', 0],
    ['increase', 60, 80, 50, 'lost', -50], // worse than the baseline
    ['increase', 0, 3, 2, 'partly-kept', 66.7],
    // A decrease planned from 10 to 6 (hours to resolve).
    ['decrease', 10, 6, 6, 'kept', 100],
    ['decrease', 10, 6, 6.4, 'kept', 90], // 89.99999999999999 before rounding: judged as shown
    ['decrease', 10, 6, 7, 'partly-kept', 75],
    ['decrease', 10, 6, 9, 'partly-kept', 25],
    ['decrease', 10, 6, 10, 'lost', 0],
    ['decrease', 10, 6, 12, 'lost', -50], // worse than the baseline
    ['decrease', -5, -10, -8, 'partly-kept', 60],
    // Targets that plan no improvement.
    ['increase', 50, 50, 50, 'kept', 100],
    ['increase', 50, 50, 55, 'kept', 100],
    ['increase', 50, 50, 45, 'lost', 0],
    ['increase', 50, 40, 50, 'kept', 100],
    ['increase', 50, 40, 45, 'lost', 0],
    ['decrease', 10, 10, 9, 'kept', 100],
    ['decrease', 10, 12, 11, 'lost', 0],
    // Extremes stay finite.
    ['increase', -1.7e308, 1.7e308, 1.7e308, 'kept', 100],
    ['increase', 0, 5e-324, 1, 'kept', 1e9],
    ['increase', 0, 5e-324, -1, 'lost', -1e9],
  ])('%s from %p to a target of %p, now %p: %s (%p %)', (direction, baseline, target, current, verdict, pct) => {
    expect(judgeBenefit({ direction, baseline, target, current })).toEqual({ verdict, retainedPct: pct });
  });

  it.each<[string, number, number, number | null]>([
    ['nothing measured', 10, 6, null],
    ['a baseline that is not a number', Number.NaN, 6, 7],
    ['an infinite target', 10, Number.POSITIVE_INFINITY, 7],
    ['an infinite reading', 10, 6, Number.NEGATIVE_INFINITY],
  ])('cannot judge %s', (_label, baseline, target, current) => {
    expect(judgeBenefit({ direction: 'decrease', baseline, target, current })).toBeNull();
  });
});
