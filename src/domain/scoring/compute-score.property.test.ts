import fc from 'fast-check';
import { buildCriterion } from '../testing/build-criterion';
import { propertySeeds } from '../testing/property-seeds';
import { computeScore, type Ratings } from './compute-score';
import type { Criterion } from './scoring-config';
import { scorePortfolio } from './score-portfolio';

const criteriaArb: fc.Arbitrary<Criterion[]> = fc
  .uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,6}$/), { minLength: 1, maxLength: 8 })
  .chain((keys) =>
    fc.tuple(
      ...keys.map((key) =>
        fc
          .record({
            direction: fc.constantFrom('benefit' as const, 'cost' as const),
            weight: fc.oneof(
              fc.constant(0),
              fc.integer({ min: 1, max: 100 }),
              fc.double({ min: 0, max: 1e6, noNaN: true }),
            ),
          })
          .map((r) => buildCriterion({ key, ...r })),
      ),
    ),
  );

/** Whole ratings, .5 medians, and gaps (not rated). */
const ratingArb = fc.oneof(
  fc.integer({ min: 1, max: 5 }),
  fc.integer({ min: 2, max: 10 }).map((h) => h / 2),
);
const ratingsFor = (criteria: Criterion[], allowGaps: boolean): fc.Arbitrary<Ratings> =>
  fc
    .tuple(...criteria.map(() => (allowGaps ? fc.option(ratingArb, { nil: undefined }) : ratingArb)))
    .map((values) => Object.fromEntries(criteria.map((c, i) => [c.key, values[i]])));

const withRatings = (allowGaps: boolean) =>
  criteriaArb.chain((criteria) => fc.tuple(fc.constant(criteria), ratingsFor(criteria, allowGaps)));

describe.each(propertySeeds('computeScore'))('computeScore properties (seed %i)', (seed) => {
  const params = { seed, numRuns: 300 };

  it('gives a finite score in [0, 100] with one decimal, or null', () => {
    fc.assert(
      fc.property(withRatings(true), ([criteria, ratings]) => {
        const { score } = computeScore(criteria, ratings);
        if (score === null) return;
        expect(Number.isFinite(score) && score >= 0 && score <= 100).toBe(true);
        expect(Math.abs(score * 10 - Math.round(score * 10))).toBeLessThan(1e-6);
      }),
      params,
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(withRatings(true), ([criteria, ratings]) => {
        expect(computeScore(structuredClone(criteria), { ...ratings })).toEqual(computeScore(criteria, ratings));
      }),
      params,
    );
  });

  it('does not depend on the order of the criteria', () => {
    const shuffled = withRatings(true).chain(([criteria, ratings]) =>
      fc.tuple(
        fc.constant(criteria),
        fc.constant(ratings),
        fc.shuffledSubarray(criteria, { minLength: criteria.length }),
      ),
    );
    fc.assert(
      fc.property(shuffled, ([criteria, ratings, reordered]) => {
        const a = computeScore(criteria, ratings);
        const b = computeScore(reordered, ratings);
        expect(b.score).toBe(a.score);
        expect(b.complete).toBe(a.complete);
        expect([...b.missing].sort()).toEqual([...a.missing].sort());
        expect(new Map(b.breakdown.map((l) => [l.key, l]))).toEqual(new Map(a.breakdown.map((l) => [l.key, l])));
      }),
      params,
    );
  });

  it('never falls when a benefit rating rises, never rises when a cost rating rises', () => {
    const bumped = withRatings(false).chain(([criteria, ratings]) =>
      fc.tuple(fc.constant(criteria), fc.constant(ratings), fc.nat({ max: criteria.length - 1 }), ratingArb),
    );
    fc.assert(
      fc.property(bumped, ([criteria, ratings, index, other]) => {
        const criterion = criteria[index] as Criterion;
        const current = ratings[criterion.key] as number;
        const [low, high] = current <= other ? [current, other] : [other, current];
        const lowScore = computeScore(criteria, { ...ratings, [criterion.key]: low }).score;
        const highScore = computeScore(criteria, { ...ratings, [criterion.key]: high }).score;
        if (lowScore === null || highScore === null) return expect(highScore).toBe(lowScore); // all weights 0
        if (criterion.direction === 'benefit') expect(highScore).toBeGreaterThanOrEqual(lowScore);
        else expect(highScore).toBeLessThanOrEqual(lowScore);
      }),
      params,
    );
  });

  it('is absolute: scoring others alongside changes nothing', () => {
    const portfolio = criteriaArb.chain((criteria) =>
      fc.tuple(
        fc.constant(criteria),
        ratingsFor(criteria, true),
        fc.array(ratingsFor(criteria, true), { maxLength: 6 }),
      ),
    );
    fc.assert(
      fc.property(portfolio, fc.nat(), ([criteria, mine, others], at) => {
        const alone = computeScore(criteria, mine);
        const batch = [...others.map((ratings, i) => ({ id: `other-${i}`, ratings }))];
        batch.splice(at % (batch.length + 1), 0, { id: 'mine', ratings: mine });
        const scored = scorePortfolio(criteria, batch);
        expect(scored.find((s) => s.id === 'mine')?.result).toEqual(alone);
      }),
      params,
    );
  });
});
