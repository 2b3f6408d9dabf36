import { ratingForPct } from './rating-for-pct';
import type { Rating } from './maturity.vocabulary';

describe('ratingForPct', () => {
  it.each<[number, Rating]>([
    [0, 'N'],
    [14.9, 'N'],
    [15, 'P'],
    [49.9, 'P'],
    [50, 'L'],
    [84.9, 'L'],
    [85, 'F'],
    [100, 'F'],
    // Outside 0-100, defined all the same.
    [250, 'F'],
    [-3, 'N'],
    [Number.NaN, 'N'],
  ])('%p %% is %s', (pct, rating) => {
    expect(ratingForPct(pct)).toBe(rating);
  });
});
