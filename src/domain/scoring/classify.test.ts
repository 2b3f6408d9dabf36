import { classify } from './classify';
import { defaultScoringConfig } from './default-scoring-config';

const config = defaultScoringConfig();

describe('classify', () => {
  it.each([
    [1, 30, 'quick-win'],
    [2, 90, 'quick-win'],
    [2, 91, 'standard'],
    [2.5, 60, 'standard'],
    [3, 180, 'standard'],
    [3, 181, 'transformational'],
    [4, 10, 'transformational'],
    [3.5, 10, 'standard'],
    [5, 400, 'transformational'],
  ])('classifies effort %p over %p days as %p', (effort, days, expected) => {
    expect(classify(effort, days, config)).toBe(expected);
  });

  it.each([
    [4, null, 'transformational'],
    [null, 200, 'transformational'],
    [2, null, 'unclassified'],
    [null, 30, 'unclassified'],
    [undefined, undefined, 'unclassified'],
    [7, 30, 'unclassified'],
    [2, -5, 'unclassified'],
    [Number.NaN, 30, 'unclassified'],
  ])('with effort %p and %p days gives %p', (effort, days, expected) => {
    expect(classify(effort, days, config)).toBe(expected);
  });

  it('uses the configured thresholds', () => {
    const custom = {
      quickWin: { maxEffort: 3, maxDurationDays: 30 },
      transformational: { minEffort: 5, minDurationDays: 365 },
    };
    expect(classify(3, 30, custom)).toBe('quick-win');
    expect(classify(4, 200, custom)).toBe('standard');
    expect(classify(4, 366, custom)).toBe('transformational');
  });
});
