import { normaliseRating } from './normalise-rating';

describe('normaliseRating', () => {
  it.each([
    [1, 0, 1],
    [2, 0.25, 0.75],
    [3, 0.5, 0.5],
    [4, 0.75, 0.25],
    [5, 1, 0],
    [2.5, 0.375, 0.625],
  ])('maps rating %p to %p for a benefit and %p for a cost', (rating, benefit, cost) => {
    expect(normaliseRating(rating, 'benefit')).toBe(benefit);
    expect(normaliseRating(rating, 'cost')).toBe(cost);
  });

  it.each([0, 0.99, 5.01, 6, -1, Number.NaN, Infinity, null, undefined])('treats %p as not rated', (rating) => {
    expect(normaliseRating(rating, 'benefit')).toBeNull();
  });
});
