import { buildCriterion } from '../testing/build-criterion';
import { validateRatings } from './validate-ratings';

const criteria = [buildCriterion({ key: 'impact' }), buildCriterion({ key: 'effort', direction: 'cost' })];

describe('validateRatings', () => {
  it('returns the rated keys only', () => {
    expect(validateRatings(criteria, { impact: 4, effort: null })).toEqual({ ok: true, value: { impact: 4 } });
    expect(validateRatings(criteria, {})).toEqual({ ok: true, value: {} });
  });

  it.each([0, 6, 2.5, Number.NaN, '3', true])('rejects %p', (rating) => {
    expect(validateRatings(criteria, { impact: rating })).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'Some ratings are invalid',
        fieldErrors: { 'ratings.impact': ['Rate with a whole number from 1 to 5'] },
      },
    });
  });

  it('rejects keys that are not criteria', () => {
    const result = validateRatings(criteria, { impact: 3, colour: 2 });
    expect(result.ok ? null : result.error.fieldErrors).toEqual({
      'ratings.colour': ['Not a criterion of the scoring configuration'],
    });
  });
});
