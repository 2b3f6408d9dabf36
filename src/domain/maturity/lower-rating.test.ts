import { combineRatings } from './lower-rating';
import type { Rating } from './maturity.vocabulary';

describe('combineRatings', () => {
  it.each<[string, Rating[], Rating | null]>([
    ['nobody rated', [], null],
    ['one assessor', ['P'], 'P'],
    ['two assessors, F and L', ['F', 'L'], 'L'],
    ['two assessors, L and F', ['L', 'F'], 'L'],
    ['two assessors agreeing', ['F', 'F'], 'F'],
    ['two assessors, N and F', ['N', 'F'], 'N'],
    ['three assessors, F L P', ['F', 'L', 'P'], 'P'],
    ['three assessors, P F L', ['P', 'F', 'L'], 'P'],
    ['three assessors, L L F', ['L', 'L', 'F'], 'L'],
    ['three assessors, F F N', ['F', 'F', 'N'], 'N'],
  ])('%s: %p', (_label, ratings, expected) => {
    expect(combineRatings(ratings)).toBe(expected);
  });
});
