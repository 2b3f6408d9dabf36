import { checkMvi } from './check-mvi';

describe('checkMvi', () => {
  it.each([
    ['decrease', 10, 8, 15, true, 20],
    ['decrease', 10, 9, 15, false, 10],
    ['decrease', 100, 85, 15, true, 15],
    ['increase', 1, 1.15, 15, true, 15],
    ['increase', 60, 72, 15, true, 20],
    ['increase', 60, 66, 15, false, 10],
    ['increase', 10, 8, 15, false, -20],
    ['decrease', 10, 12, 0, false, -20],
    ['increase', -10, -8, 15, true, 20],
  ] as const)(
    '%s from %p to %p against %p %% passes: %p (%p %%)',
    (direction, baseline, expected, thresholdPct, passed, pct) => {
      expect(checkMvi({ direction, baseline, expected, thresholdPct })).toEqual({
        ok: true,
        value: { passed, improvementPct: pct, thresholdPct },
      });
    },
  );

  it('rejects a baseline of 0', () => {
    const result = checkMvi({ direction: 'decrease', baseline: 0, expected: 1, thresholdPct: 15 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('INVALID_INPUT');
      expect(Object.keys(result.error.fieldErrors ?? {})).toEqual(['baseline']);
    }
  });

  it.each([undefined, null, 'down'])('rejects the direction %p', (direction) => {
    const result = checkMvi({ direction: direction as never, baseline: 10, expected: 8, thresholdPct: 15 });
    expect(result.ok ? null : result.error.fieldErrors).toEqual({
      direction: ['Choose whether the KPI should go up or down'],
    });
  });

  it('rejects non-finite numbers and a negative threshold, all at once', () => {
    const result = checkMvi({ direction: 'increase', baseline: Number.NaN, expected: Infinity, thresholdPct: -1 });
    expect(Object.keys(result.ok ? {} : (result.error.fieldErrors ?? {}))).toEqual([
      'baseline',
      'expected',
      'thresholdPct',
    ]);
  });
});

describe('checkMvi with numbers outside the input ranges', () => {
  const OVERFLOW = JSON.parse('1e309') as number;
  const BASELINE = 'Enter a number from -1000000000 to 1000000000, not 0 and at least 0.000001 in size';
  const EXPECTED = 'Enter a number from -1000000000 to 1000000000 (0, or at least 0.000001 in size)';
  it.each([
    ['baseline', 5e-324, BASELINE],
    ['baseline', 1e-300, BASELINE],
    ['baseline', 1e300, BASELINE],
    ['baseline', -1e308, BASELINE],
    ['baseline', OVERFLOW, BASELINE],
    ['expected', 1e308, EXPECTED],
    ['expected', 5e-324, EXPECTED],
    ['thresholdPct', 1e308, 'Enter a number from 0 to 1000 (0, or at least 0.01 in size)'],
  ] as const)('refuses %s %p, saying the range', (field, value, message) => {
    const result = checkMvi({ direction: 'increase', baseline: 10, expected: 12, thresholdPct: 15, [field]: value });
    expect(result.ok ? {} : result.error.fieldErrors).toEqual({ [field]: [message] });
  });

  it('gives a finite improvement at the edges of the ranges', () => {
    const result = checkMvi({ direction: 'increase', baseline: 0.000001, expected: 1e9, thresholdPct: 15 });
    expect(result.ok && Number.isFinite(result.value.improvementPct)).toBe(true);
  });
});
