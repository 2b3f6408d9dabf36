import { valueEffort } from './value-effort';

const b = (rating: number | null, weight = 1) => ({ direction: 'benefit' as const, rating, weight });
const c = (rating: number | null, weight = 1) => ({ direction: 'cost' as const, rating, weight });

describe('valueEffort', () => {
  it.each([
    ['quick-wins', [b(5), b(4), c(2), c(1)]],
    ['big-bets', [b(5), c(5)]],
    ['fill-ins', [b(2), c(1)]],
    ['money-pits', [b(1), c(4)]],
  ])('places %s', (quadrant, lines) => {
    expect(valueEffort(lines)?.quadrant).toBe(quadrant);
  });

  it('counts the midpoint 3 as low on both axes', () => {
    expect(valueEffort([b(3), c(3)])).toEqual({ value: 3, effort: 3, quadrant: 'fill-ins' });
  });

  it('weighs the ratings of each axis by their criteria', () => {
    expect(valueEffort([b(5, 3), b(1, 1), c(2, 1), c(4, 1)])).toEqual({ value: 4, effort: 3, quadrant: 'quick-wins' });
  });

  it('has no place without a benefit or a cost rating', () => {
    expect(valueEffort([b(5), c(null)])).toBeNull();
    expect(valueEffort([c(2)])).toBeNull();
    expect(valueEffort([])).toBeNull();
  });

  it('leaves out ratings off the scale and weights that are 0, negative or not finite', () => {
    expect(
      valueEffort([b(9), b(4), b(5, 0), b(5, -1), b(5, Number.NaN), c(2), c(5, Number.POSITIVE_INFINITY)]),
    ).toEqual({
      value: 4,
      effort: 2,
      quadrant: 'quick-wins',
    });
  });

  it('stays finite for huge weights', () => {
    expect(valueEffort([b(5, 1e308), b(4, 1e308), c(1, 1e308)])?.value).toBe(4.5);
  });
});
