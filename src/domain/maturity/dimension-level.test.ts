import { dimensionLevel, nextLevelGaps, type LevelCriteria } from './dimension-level';
import type { Rating } from './maturity.vocabulary';

/** Five levels with two criteria each: `a1`, `b1` at level 1, ..., `a5`, `b5` at level 5. */
const levels: LevelCriteria = [1, 2, 3, 4, 5].map((level) => ({
  level,
  criteria: [{ id: `a${level}` }, { id: `b${level}` }],
}));

/** Rates every criterion `rest`, except those named in `ratings` (null: not rated). */
const rated =
  (ratings: Record<string, Rating | null>, rest: Rating | null = 'F') =>
  (id: string): Rating | null =>
    id in ratings ? (ratings[id] ?? null) : rest;

describe('dimensionLevel and nextLevelGaps', () => {
  it.each<[string, Record<string, Rating | null>, Rating | null, number, string[]]>([
    ['everything F', {}, 'F', 5, []],
    ['everything L', {}, 'L', 5, []],
    ['everything L or F', { a1: 'L', b3: 'L', a5: 'L' }, 'F', 5, []],
    ['nothing rated', {}, null, 0, ['a1', 'b1']],
    ['everything P', {}, 'P', 0, ['a1', 'b1']],
    ['level 1 failing on one criterion', { b1: 'P' }, 'F', 0, ['b1']],
    ['level 1 failing on one unrated criterion', { a1: null }, 'F', 0, ['a1']],
    ['a passing level 3 above a failing level 2', { a2: 'N' }, 'F', 1, ['a2']],
    ['level 2 failing on both criteria', { a2: 'P', b2: 'N' }, 'F', 1, ['a2', 'b2']],
    ['level 3 failing, 4 and 5 passing', { b3: 'P' }, 'F', 2, ['b3']],
    ['level 3 and level 5 failing', { a3: 'N', b5: 'N' }, 'F', 2, ['a3']],
    ['only level 5 failing', { a5: 'P', b5: null }, 'F', 4, ['a5', 'b5']],
    ['levels 1 and 2 achieved, nothing else rated', { a1: 'F', b1: 'L', a2: 'L', b2: 'F' }, null, 2, ['a3', 'b3']],
  ])('%s: level %p, gaps %p', (_label, ratings, rest, level, gaps) => {
    const ratingOf = rated(ratings, rest);
    expect(dimensionLevel(levels, ratingOf)).toBe(level);
    expect(nextLevelGaps(levels, ratingOf)).toEqual(gaps);
  });

  it('does not count a level the dimension has no criteria for', () => {
    const withEmptyLevel2 = levels.map((l) => (l.level === 2 ? { level: 2, criteria: [] } : l));
    expect(dimensionLevel(withEmptyLevel2, () => 'F')).toBe(1);
    expect(nextLevelGaps(withEmptyLevel2, () => 'F')).toEqual([]);
  });

  it('does not count a level missing from the dimension', () => {
    const withoutLevel4 = levels.filter((l) => l.level !== 4);
    expect(dimensionLevel(withoutLevel4, () => 'F')).toBe(3);
  });

  it('gives level 0 and no gaps for a dimension without levels', () => {
    expect(dimensionLevel([], () => 'F')).toBe(0);
    expect(nextLevelGaps([], () => 'F')).toEqual([]);
  });

  it('reads the levels by number, not by position', () => {
    const reversed = [...levels].reverse();
    expect(dimensionLevel(reversed, rated({ a3: 'P' }))).toBe(2);
    expect(nextLevelGaps(reversed, rated({ a3: 'P' }))).toEqual(['a3']);
  });
});
