import { buildManualCriterion, buildMetricCriterion } from './build-success-criterion';
import { showsKpiGain } from './shows-kpi-gain';

describe('showsKpiGain', () => {
  it.each([
    ['a met metric', [buildMetricCriterion()], true],
    ['a small gain that misses the target', [buildMetricCriterion({ measured: 9.5 })], true],
    ['no change', [buildMetricCriterion({ measured: 10 })], false],
    ['a move the wrong way', [buildMetricCriterion({ measured: 11 })], false],
    ['an increase KPI that rose', [buildMetricCriterion({ direction: 'increase', measured: 11 })], true],
    ['not measured', [buildMetricCriterion({ measured: null })], false],
    ['a NaN measurement', [buildMetricCriterion({ measured: Number.NaN })], false],
    ['manual statements only', [buildManualCriterion()], false],
    ['one gain among losses', [buildMetricCriterion({ measured: 11 }), buildMetricCriterion({ measured: 9 })], true],
    ['no criteria', [], false],
  ])('%s: %p', (_label, criteria, expected) => {
    expect(showsKpiGain(criteria)).toBe(expected);
  });
});
