import { isAchieved } from './is-achieved';
import type { Rating } from './maturity.vocabulary';

describe('isAchieved', () => {
  it.each<[Rating | null, boolean]>([
    ['N', false],
    ['P', false],
    ['L', true],
    ['F', true],
    [null, false],
  ])('%p: %p', (rating, expected) => {
    expect(isAchieved(rating)).toBe(expected);
  });
});
