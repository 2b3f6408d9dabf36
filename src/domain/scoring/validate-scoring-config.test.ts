import { buildCriterion } from '../testing/build-criterion';
import { defaultScoringConfig } from './default-scoring-config';
import type { ScoringConfig } from './scoring-config';
import { validateScoringConfig } from './validate-scoring-config';

const valid = defaultScoringConfig();
const fieldErrorsOf = (config: ScoringConfig) => {
  const result = validateScoringConfig(config);
  return result.ok ? {} : (result.error.fieldErrors ?? {});
};
const withCriterion = (index: number, change: object): ScoringConfig => ({
  ...valid,
  criteria: valid.criteria.map((c, i) => (i === index ? { ...c, ...change } : c)),
});

describe('validateScoringConfig', () => {
  it('accepts the default configuration unchanged', () => {
    expect(validateScoringConfig(valid)).toEqual({ ok: true, value: valid });
  });

  it.each([
    ['a negative weight', withCriterion(2, { weight: -1 }), 'criteria.2.weight'],
    ['a NaN weight', withCriterion(1, { weight: Number.NaN }), 'criteria.1.weight'],
    ['an infinite weight', withCriterion(0, { weight: Infinity }), 'criteria.0.weight'],
    ['a duplicate key', withCriterion(3, { key: 'effort' }), 'criteria.3.key'],
    ['a badly formed key', withCriterion(0, { key: 'Business Impact' }), 'criteria.0.key'],
    ['four levels', withCriterion(1, { levels: ['a', 'b', 'c', 'd'] }), 'criteria.1.levels'],
    ['an empty level', withCriterion(1, { levels: ['a', 'b', ' ', 'd', 'e'] }), 'criteria.1.levels.2'],
    ['an empty name', withCriterion(0, { name: '  ' }), 'criteria.0.name'],
    ['an unknown direction', withCriterion(0, { direction: 'neutral' }), 'criteria.0.direction'],
    ['version 0', { ...valid, version: 0 }, 'version'],
    ['quick-win effort 6', { ...valid, quickWin: { maxEffort: 6, maxDurationDays: 90 } }, 'quickWin.maxEffort'],
    [
      'overlapping effort thresholds',
      { ...valid, quickWin: { maxEffort: 4, maxDurationDays: 90 } },
      'quickWin.maxEffort',
    ],
    [
      'a quick-win duration above the transformational one',
      { ...valid, quickWin: { maxEffort: 2, maxDurationDays: 200 } },
      'quickWin.maxDurationDays',
    ],
    [
      'fractional days',
      { ...valid, transformational: { minEffort: 4, minDurationDays: 1.5 } },
      'transformational.minDurationDays',
    ],
    ['a band upside down', { ...valid, balanceBand: { min: 70, max: 60 } }, 'balanceBand.max'],
    ['a band above 100', { ...valid, balanceBand: { min: 30, max: 160 } }, 'balanceBand.max'],
    ['a negative MVI threshold', { ...valid, mviThresholdPct: -5 }, 'mviThresholdPct'],
    ['an unknown effort criterion', { ...valid, effortCriterionKey: 'work' }, 'effortCriterionKey'],
    ['a duplicate issue type', { ...valid, enabledIssueTypes: ['Improvement', 'Improvement'] }, 'enabledIssueTypes.1'],
    ['an empty issue type', { ...valid, enabledIssueTypes: [''] }, 'enabledIssueTypes.0'],
  ])('rejects %s at its path', (_label, config, path) => {
    const result = validateScoringConfig(config);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(Object.keys(result.error.fieldErrors ?? {})).toEqual([path]);
    }
  });

  it('needs at least one weight above 0', () => {
    const config = { ...valid, criteria: valid.criteria.map((c) => ({ ...c, weight: 0 })) };
    expect(fieldErrorsOf(config)).toEqual({ criteria: ['At least one criterion needs a weight above 0'] });
  });

  it('needs at least one criterion', () => {
    expect(fieldErrorsOf({ ...valid, criteria: [], effortCriterionKey: 'effort' })).toHaveProperty('criteria');
  });

  it('allows at most 20 criteria', () => {
    const criteria = Array.from({ length: 21 }, (_, i) => buildCriterion({ key: i === 0 ? 'effort' : `c${i}` }));
    expect(fieldErrorsOf({ ...valid, criteria })).toEqual({ criteria: ['Use at most 20 criteria'] });
    expect(validateScoringConfig({ ...valid, criteria: criteria.slice(0, 20) }).ok).toBe(true);
  });

  it('reports every problem at once', () => {
    const config = { ...withCriterion(0, { weight: -1 }), mviThresholdPct: Number.NaN };
    expect(Object.keys(fieldErrorsOf(config))).toEqual(['mviThresholdPct', 'criteria.0.weight']);
  });

  it('stays total on missing nested objects', () => {
    const broken = { ...valid, quickWin: undefined, criteria: undefined } as unknown as ScoringConfig;
    expect(Object.keys(fieldErrorsOf(broken))).toEqual(
      expect.arrayContaining(['quickWin.maxEffort', 'quickWin.maxDurationDays', 'criteria', 'effortCriterionKey']),
    );
  });
});
