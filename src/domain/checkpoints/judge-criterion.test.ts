import { buildManualCriterion, buildMetricCriterion } from './build-success-criterion';
import { judgeCriterion } from './judge-criterion';

describe('judgeCriterion', () => {
  it.each([
    [
      'a 20 % decrease against 15 %',
      { measured: 8 },
      'met',
      'MTTR went from 10 to 8, a 20 % decrease; at least 15 % decrease needed',
    ],
    [
      'exactly the required change',
      { measured: 8.5 },
      'met',
      'MTTR went from 10 to 8.5, a 15 % decrease; at least 15 % decrease needed',
    ],
    [
      'a 10 % decrease against 15 %',
      { measured: 9 },
      'not-met',
      'MTTR went from 10 to 9, a 10 % decrease; at least 15 % decrease needed',
    ],
    [
      'a move the wrong way',
      { measured: 12 },
      'not-met',
      'MTTR went from 10 to 12, 20 % the wrong way; at least 15 % decrease needed',
    ],
    ['no measurement yet', { measured: null }, 'not-yet', 'MTTR is not measured yet; at least 15 % decrease needed'],
    [
      'an increase KPI with a negative baseline',
      { direction: 'increase' as const, baseline: -10, measured: -8 },
      'met',
      'MTTR went from -10 to -8, a 20 % increase; at least 15 % increase needed',
    ],
    ['a baseline of 0', { baseline: 0 }, 'not-yet', 'MTTR cannot be evaluated against a baseline of 0'],
    ['a NaN measurement', { measured: Number.NaN }, 'not-yet', 'MTTR cannot be evaluated against a baseline of 10'],
  ])('judges %s', (_label, overrides, outcome, detail) => {
    expect(judgeCriterion(buildMetricCriterion(overrides))).toEqual({ outcome, detail });
  });

  it.each([
    ['met', 'met', '"The service desk runs the new triage unaided" is judged met'],
    ['not-met', 'not-met', '"The service desk runs the new triage unaided" is judged not met'],
    ['not-judged', 'not-yet', '"The service desk runs the new triage unaided" is not judged yet'],
  ] as const)('takes a manual statement judged %s as %s', (judgement, outcome, detail) => {
    expect(judgeCriterion(buildManualCriterion({ judgement }))).toEqual({ outcome, detail });
  });
});
