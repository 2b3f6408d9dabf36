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

describe('validateScoringConfig with hostile numbers and texts', () => {
  const OVERFLOW = JSON.parse('1e309') as number;
  const WEIGHT = 'Enter a number from 0 to 1000 (0, or at least 0.01 in size)';
  it.each([
    ['criteria.0.weight', withCriterion(0, { weight: 1e308 }), WEIGHT],
    ['criteria.0.weight', withCriterion(0, { weight: OVERFLOW }), WEIGHT],
    ['criteria.0.weight', withCriterion(0, { weight: 5e-324 }), WEIGHT],
    ['criteria.0.weight', withCriterion(0, { weight: 1000.5 }), WEIGHT],
    ['criteria.0.weight', withCriterion(0, { weight: '3' }), WEIGHT],
    [
      'quickWin.maxDurationDays',
      { ...valid, quickWin: { maxEffort: 2, maxDurationDays: -1 } },
      'Enter a whole number from 0 to 3650',
    ],
    [
      'transformational.minEffort',
      { ...valid, transformational: { minEffort: 0, minDurationDays: 180 } },
      'Enter a whole number from 1 to 5',
    ],
    [
      'balanceBand.min',
      { ...valid, balanceBand: { min: 5e-324, max: 60 } },
      'Enter a number from 0 to 100 (0, or at least 0.01 in size)',
    ],
    [
      'mviThresholdPct',
      { ...valid, mviThresholdPct: 1e308 },
      'Enter a number from 0 to 1000 (0, or at least 0.01 in size)',
    ],
    [
      'mviThresholdPct',
      { ...valid, mviThresholdPct: Number.NaN },
      'Enter a number from 0 to 1000 (0, or at least 0.01 in size)',
    ],
    [
      'criteria.0.name',
      withCriterion(0, { name: '\u200B\u2060\uFEFF' }),
      'Required: enter visible text (spaces and invisible characters do not count)',
    ],
    ['criteria.0.name', withCriterion(0, { name: 'Impact\u0000' }), 'Must not contain NUL characters (U+0000)'],
    [
      'criteria.1.levels.0',
      withCriterion(1, { levels: ['\u202E', 'b', 'c', 'd', 'e'] }),
      'Required: enter visible text (spaces and invisible characters do not count)',
    ],
    [
      'criteria.0.description',
      withCriterion(0, { description: 'half \uD800' }),
      'Contains a broken character (half of a UTF-16 surrogate pair); type or paste it again',
    ],
    [
      'enabledIssueTypes.0',
      { ...valid, enabledIssueTypes: ['\u2066\u2069'] },
      'Required: enter visible text (spaces and invisible characters do not count)',
    ],
    [
      'enabledIssueTypes.0',
      { ...valid, enabledIssueTypes: ['Task\u0000'] },
      'Must not contain NUL characters (U+0000)',
    ],
  ])('refuses %s with %j', (path, config, message) => {
    expect(fieldErrorsOf(config)[path]).toEqual([message]);
  });

  it.each([
    [
      'weights of 0, 0.01 and 1000',
      { ...valid, criteria: valid.criteria.map((c, i) => ({ ...c, weight: [0, 0.01, 1000, 1][i] ?? 1 })) },
    ],
    ['durations of 0 days', { ...valid, quickWin: { maxEffort: 2, maxDurationDays: 0 } }],
    ['an Arabic criterion name', withCriterion(0, { name: 'الأثر على الأعمال' })],
    ['an NFD issue type', { ...valid, enabledIssueTypes: ['Ünïcödé'.normalize('NFD')] }],
  ])('accepts %s', (_name, config) => {
    expect(fieldErrorsOf(config)).toEqual({});
  });
});
