import { INPUT_RANGES } from './input-ranges';
import { inRange, rangeMessage } from './number-range';

const OVERFLOW = JSON.parse('1e309') as number;

describe('inRange', () => {
  it.each([
    [
      'weight',
      INPUT_RANGES.weight,
      [0, 0.01, 3, 1000],
      [1e308, OVERFLOW, 5e-324, 0.001, -1, 1000.5, NaN, Infinity, '5', null],
    ],
    ['days', INPUT_RANGES.plannedDurationDays, [0, 1, 3650], [-1, 3651, 1.5, 1e308, NaN, '60', null]],
    [
      'KPI baseline',
      INPUT_RANGES.kpiBaseline,
      [1e-6, -1e-6, 1240, -1e9, 1e9],
      [0, -0, 5e-324, 1e-300, 1e300, -1e308, OVERFLOW, NaN, '10'],
    ],
    ['KPI expected', INPUT_RANGES.kpiExpected, [0, 950, -1e9, 1e-6], [5e-324, 1e-7, 1e308, OVERFLOW, NaN, '950']],
    ['band', INPUT_RANGES.bandPct, [0, 0.01, 30, 100], [-0.01, 100.01, 5e-324, NaN]],
    ['MVI threshold', INPUT_RANGES.mviThresholdPct, [0, 15, 1000], [-1, 1000.01, 5e-324, 1e308]],
  ] as const)('%s: accepts the first list and refuses the second', (_name, range, good, bad) => {
    expect(good.filter((v) => !inRange(v, range))).toEqual([]);
    expect((bad as readonly unknown[]).filter((v) => inRange(v, range))).toEqual([]);
  });

  it('keeps the largest relative improvement finite', () => {
    const { kpiBaseline: b, kpiExpected: e } = INPUT_RANGES;
    expect(Number.isFinite((100 * (e.max - -e.max)) / b.minMagnitude)).toBe(true);
  });
});

describe('rangeMessage', () => {
  it.each([
    [{ min: 0, max: 3650, whole: true }, 'Enter a whole number from 0 to 3650'],
    [{ min: 0, max: 1000 }, 'Enter a number from 0 to 1000'],
    [{ min: 0, max: 1000, minMagnitude: 0.01 }, 'Enter a number from 0 to 1000 (0, or at least 0.01 in size)'],
    [
      { min: -1e9, max: 1e9, minMagnitude: 1e-6, nonZero: true },
      'Enter a number from -1000000000 to 1000000000, not 0 and at least 0.000001 in size',
    ],
  ])('%j says %p', (range, message) => {
    expect(rangeMessage(range)).toBe(message);
  });
});
