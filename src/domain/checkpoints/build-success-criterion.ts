import type { ManualCriterion, MetricCriterion } from './checkpoint';

/**
 * Valid success criteria for tests and demo data; override only what the test is about. The metric
 * default (MTTR 10 h, at least 15 % decrease, measured 8 h) is met.
 *
 * @example
 * buildMetricCriterion({ measured: null }); // a must criterion not yet measured
 * buildManualCriterion({ priority: 'should', judgement: 'not-met' });
 */
export function buildMetricCriterion(overrides: Partial<MetricCriterion> = {}): MetricCriterion {
  return {
    id: 'mttr',
    priority: 'must',
    kind: 'metric',
    kpiId: 'kpi-mttr',
    kpiName: 'MTTR',
    direction: 'decrease',
    baseline: 10,
    requiredChangePct: 15,
    measured: 8,
    ...overrides,
  };
}

/** A manual statement judged met by default; see {@link buildMetricCriterion}. */
export function buildManualCriterion(overrides: Partial<ManualCriterion> = {}): ManualCriterion {
  return {
    id: 'unaided',
    priority: 'must',
    kind: 'manual',
    statement: 'The service desk runs the new triage unaided',
    judgement: 'met',
    ...overrides,
  };
}
