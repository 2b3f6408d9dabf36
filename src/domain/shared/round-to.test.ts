import { roundTo } from './round-to';

describe('roundTo', () => {
  it.each([
    [66.66666, 1, 66.7],
    [1.005, 2, 1.01],
    [0.05, 1, 0.1],
    [12.25, 1, 12.3],
    [-0.04, 1, 0],
    [100, 1, 100],
  ])('rounds %p to %p decimals as %p', (value, decimals, expected) => {
    expect(roundTo(value, decimals)).toBe(expected);
  });

  it('returns 0, never -0', () => {
    expect(Object.is(roundTo(-0.01, 1), 0)).toBe(true);
  });

  it('passes non-finite values through', () => {
    expect(roundTo(Number.NaN, 1)).toBeNaN();
    expect(roundTo(Infinity, 1)).toBe(Infinity);
  });
});
