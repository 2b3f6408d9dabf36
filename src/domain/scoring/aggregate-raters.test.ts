import { buildCriterion } from '../testing/build-criterion';
import { aggregateRaters } from './aggregate-raters';

const criteria = [buildCriterion({ key: 'impact' }), buildCriterion({ key: 'effort', direction: 'cost' })];
const rater = (raterId: string, ratings: Record<string, number | undefined>) => ({ raterId, ratings });

describe('aggregateRaters', () => {
  it('takes one rater as is', () => {
    expect(aggregateRaters(criteria, [rater('a', { impact: 4, effort: 2 })])).toEqual({
      ratings: { impact: 4, effort: 2 },
      raterCount: 1,
      needsAlignment: false,
      disagreements: [],
    });
  });

  it.each([
    [[3, 1, 5], 3],
    [[2, 3], 2.5],
    [[1, 2, 4, 5], 3],
    [[1, 1, 2, 5], 1.5],
    [[4, 4], 4],
  ])('takes the median of %p as %p', (values, expected) => {
    const raters = values.map((impact, i) => rater(`r${i}`, { impact }));
    expect(aggregateRaters(criteria, raters).ratings.impact).toBe(expected);
  });

  it('flags a spread of 2 or more as needing alignment', () => {
    const result = aggregateRaters(criteria, [
      rater('a', { impact: 2, effort: 3 }),
      rater('b', { impact: 4, effort: 4 }),
    ]);
    expect(result.needsAlignment).toBe(true);
    expect(result.disagreements).toEqual([{ key: 'impact', min: 2, max: 4, spread: 2 }]);
  });

  it('does not flag a spread of 1', () => {
    expect(aggregateRaters(criteria, [rater('a', { impact: 3 }), rater('b', { impact: 4 })]).needsAlignment).toBe(
      false,
    );
  });

  it('leaves out criteria nobody rated', () => {
    expect(aggregateRaters(criteria, [rater('a', { impact: 3, effort: undefined })]).ratings).toEqual({ impact: 3 });
  });

  it('counts a rater listed twice once, with the later ratings', () => {
    const result = aggregateRaters(criteria, [
      rater('a', { impact: 1 }),
      rater('b', { impact: 3 }),
      rater('a', { impact: 3 }),
    ]);
    expect(result).toMatchObject({ ratings: { impact: 3 }, raterCount: 2, needsAlignment: false });
  });

  it('ignores invalid ratings and unknown keys', () => {
    const result = aggregateRaters(criteria, [rater('a', { impact: 9, colour: 3 }), rater('b', { impact: 2 })]);
    expect(result.ratings).toEqual({ impact: 2 });
  });

  it('gives empty results for no raters', () => {
    expect(aggregateRaters(criteria, [])).toEqual({
      ratings: {},
      raterCount: 0,
      needsAlignment: false,
      disagreements: [],
    });
  });
});
