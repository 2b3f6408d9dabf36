import { buildCriterion } from '../testing/build-criterion';
import { computeScore } from './compute-score';
import { defaultScoringConfig } from './default-scoring-config';

const impact = buildCriterion({ key: 'impact', weight: 3 });
const effort = buildCriterion({ key: 'effort', direction: 'cost', weight: 1 });

describe('computeScore', () => {
  it.each([
    [{ impact: 5, effort: 1 }, 100],
    [{ impact: 1, effort: 5 }, 0],
    [{ impact: 3, effort: 3 }, 50],
    [{ impact: 5, effort: 5 }, 75],
    [{ impact: 1, effort: 1 }, 25],
    [{ impact: 4, effort: 2 }, 75],
  ])('scores %p as %p', (ratings, expected) => {
    expect(computeScore([impact, effort], ratings).score).toBe(expected);
  });

  it('ranks cost criteria inversely', () => {
    const cheap = computeScore([effort], { effort: 1 }).score ?? -1;
    const dear = computeScore([effort], { effort: 5 }).score ?? -1;
    expect(cheap).toBeGreaterThan(dear);
  });

  it('rounds to one decimal', () => {
    const third = [buildCriterion({ key: 'a' }), buildCriterion({ key: 'b' }), buildCriterion({ key: 'c' })];
    expect(computeScore(third, { a: 5, b: 5, c: 1 }).score).toBe(66.7);
  });

  it('scores the default configuration with its breakdown', () => {
    const ratings = { 'business-impact': 5, 'strategic-alignment': 4, effort: 2, risk: 1 };
    const result = computeScore(defaultScoringConfig().criteria, ratings);
    expect(result).toMatchObject({ score: 87.5, complete: true, missing: [] });
    expect(result.breakdown.map((l) => [l.key, l.rating, l.weight, l.contribution])).toEqual([
      ['business-impact', 5, 30, 30],
      ['strategic-alignment', 4, 25, 18.8],
      ['effort', 2, 25, 18.8],
      ['risk', 1, 20, 20],
    ]);
  });

  it('scores an incomplete rating over the rated criteria and lists the missing ones', () => {
    const result = computeScore([impact, effort], { impact: 5 });
    expect(result).toMatchObject({ score: 100, complete: false, missing: ['effort'] });
    expect(result.breakdown[1]).toMatchObject({ key: 'effort', rating: null, normalised: null, contribution: null });
  });

  it('gives a null score, never NaN, when nothing is rated', () => {
    expect(computeScore([impact, effort], {})).toMatchObject({
      score: null,
      complete: false,
      missing: ['impact', 'effort'],
    });
  });

  it('gives a null score for no criteria or only zero weights', () => {
    expect(computeScore([], {})).toMatchObject({ score: null, complete: false, missing: [] });
    const zero = buildCriterion({ key: 'zero', weight: 0 });
    expect(computeScore([zero], { zero: 5 })).toMatchObject({ score: null, complete: false, missing: [] });
  });

  it('does not require a weight-0 criterion', () => {
    const zero = buildCriterion({ key: 'zero', weight: 0 });
    expect(computeScore([impact, zero], { impact: 4 })).toMatchObject({ score: 75, complete: true, missing: [] });
  });

  it('accepts a .5 median rating', () => {
    expect(computeScore([impact], { impact: 2.5 }).score).toBe(37.5);
  });

  it.each([0, 6, 2.4e9, Number.NaN, -Infinity])('treats the invalid rating %p as not rated', (rating) => {
    expect(computeScore([impact, effort], { impact: rating, effort: 1 })).toMatchObject({
      score: 100,
      complete: false,
      missing: ['impact'],
    });
  });

  it('treats invalid weights as 0', () => {
    const broken = buildCriterion({ key: 'broken', weight: Number.NaN });
    expect(computeScore([impact, broken], { impact: 5, broken: 1 }).score).toBe(100);
  });

  it('ignores inherited keys such as "constructor"', () => {
    const odd = buildCriterion({ key: 'constructor' });
    expect(computeScore([odd], {}).missing).toEqual(['constructor']);
  });
});

describe('computeScore with extreme weights', () => {
  const high = (key: string, weight: number) => buildCriterion({ key, weight });
  const ratings = { a: 5, b: 1, c: 3 };
  // Equal weights rated 5, 1 and 3 score 50 whatever the common size of the weights.
  it.each([
    ['1e308', 1e308],
    ['the largest double', Number.MAX_VALUE],
    ['5e-324', 5e-324],
    ['1e-300', 1e-300],
    ['1', 1],
  ])('three equal weights of %s score 50, not NaN', (_name, weight) => {
    const result = computeScore([high('a', weight), high('b', weight), high('c', weight)], ratings);
    expect(result.score).toBe(50);
    expect(result.breakdown.map((l) => l.contribution)).toEqual([33.3, 0, 16.7]);
  });

  it('twenty weights of 1e308 do not overflow', () => {
    const criteria = Array.from({ length: 20 }, (_, i) => high(`c${i}`, 1e308));
    const all = Object.fromEntries(criteria.map((c) => [c.key, 5]));
    expect(computeScore(criteria, all).score).toBe(100);
  });

  it('a lone subnormal weight counts as its rating', () => {
    expect(computeScore([high('a', 5e-324)], { a: 3 }).score).toBe(50);
  });
});
