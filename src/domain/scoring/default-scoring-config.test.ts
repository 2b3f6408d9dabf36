import { defaultScoringConfig } from './default-scoring-config';
import { validateScoringConfig } from './validate-scoring-config';

describe('defaultScoringConfig', () => {
  it('is valid', () => {
    expect(validateScoringConfig(defaultScoringConfig()).ok).toBe(true);
  });

  it('has the four default criteria, two benefits and two costs, with five levels each', () => {
    const { criteria, effortCriterionKey } = defaultScoringConfig();
    expect(criteria.map((c) => [c.key, c.direction])).toEqual([
      ['business-impact', 'benefit'],
      ['strategic-alignment', 'benefit'],
      ['effort', 'cost'],
      ['risk', 'cost'],
    ]);
    expect(criteria.every((c) => c.levels.length === 5 && c.levels.every((l) => l.length > 10))).toBe(true);
    expect(effortCriterionKey).toBe('effort');
  });

  it('uses the thresholds of the domain rules', () => {
    expect(defaultScoringConfig()).toMatchObject({
      quickWin: { maxEffort: 2, maxDurationDays: 90 },
      transformational: { minEffort: 4, minDurationDays: 180 },
      balanceBand: { min: 30, max: 60 },
      mviThresholdPct: 15,
    });
  });

  it('returns a fresh object each time', () => {
    expect(defaultScoringConfig()).not.toBe(defaultScoringConfig());
    expect(defaultScoringConfig().criteria).not.toBe(defaultScoringConfig().criteria);
  });
});
