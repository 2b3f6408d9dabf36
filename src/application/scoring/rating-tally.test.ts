import { aggregateRaters } from '../../domain/scoring/aggregate-raters';
import { defaultScoringConfig } from '../../domain/scoring/default-scoring-config';
import { ratersOfTally, retally, tallyOf } from './rating-tally';

const criteria = defaultScoringConfig().criteria;
const [a, b] = criteria.map((c) => c.key) as [string, string];

describe('the ratings tally', () => {
  it('aggregates exactly as the raters themselves would (median, spread, alignment)', () => {
    const raters = [
      { raterId: 'x', ratings: { [a]: 1, [b]: 4 } },
      { raterId: 'y', ratings: { [a]: 2 } },
      { raterId: 'z', ratings: { [a]: 5, [b]: 4 } },
      { raterId: 'w', ratings: { [a]: 3, [b]: 3 } },
    ];
    const tally = raters.reduce((t, r) => retally(t, {}, r.ratings), {});
    expect(aggregateRaters(criteria, ratersOfTally(tally))).toMatchObject({
      ratings: aggregateRaters(criteria, raters).ratings,
      disagreements: aggregateRaters(criteria, raters).disagreements,
    });
  });

  it('moves a rater from their earlier rating to the new one', () => {
    const tally = retally(retally({}, {}, { [a]: 2 }), { [a]: 2 }, { [a]: 4 });
    expect(tally[a]).toEqual([0, 0, 0, 1, 0]);
  });

  it('is derived from raters embedded in an older record', () => {
    const rater = { accountId: 'u', displayName: 'U' };
    expect(tallyOf([{ rater, at: '', ratings: { [a]: { rating: 5, rationale: '' } } }])).toEqual({
      [a]: [0, 0, 0, 0, 1],
    });
  });
});
