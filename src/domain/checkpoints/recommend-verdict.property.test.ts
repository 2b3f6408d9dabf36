import fc from 'fast-check';
import { propertySeeds } from '../testing/property-seeds';
import type { SuccessCriterion } from './checkpoint';
import { buildManualCriterion, buildMetricCriterion } from './build-success-criterion';
import { judgeCriterion } from './judge-criterion';
import { recommendVerdict } from './recommend-verdict';

const priorityArb = fc.constantFrom('must' as const, 'should' as const);
const metricArb = fc
  .record({
    priority: priorityArb,
    direction: fc.constantFrom('increase' as const, 'decrease' as const),
    baseline: fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
    requiredChangePct: fc.integer({ min: 0, max: 200 }),
    measured: fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: null }),
  })
  .map((r) => buildMetricCriterion(r));
const manualArb = fc
  .record({
    priority: priorityArb,
    judgement: fc.constantFrom('met' as const, 'not-met' as const, 'not-judged' as const),
  })
  .map((r) => buildManualCriterion(r));
const criterionArb: fc.Arbitrary<SuccessCriterion> = fc.oneof(metricArb, manualArb);
const criteriaArb = fc.array(criterionArb, { maxLength: 8 }).map((list) => list.map((c, i) => ({ ...c, id: `c${i}` })));
const passingShouldArb = criterionArb
  .map((c): SuccessCriterion => ({ ...c, id: 'extra', priority: 'should' }))
  .filter((c) => judgeCriterion(c).outcome === 'met');

describe.each(propertySeeds('recommendVerdict'))('recommendVerdict properties (seed %i)', (seed) => {
  const params = { seed, numRuns: 400 };

  it('never turns go into no-go when a passing should is added anywhere', () => {
    fc.assert(
      fc.property(criteriaArb, passingShouldArb, fc.nat(), (criteria, extra, at) => {
        fc.pre(recommendVerdict(criteria).verdict === 'go');
        const more = [...criteria];
        more.splice(at % (more.length + 1), 0, extra);
        expect(recommendVerdict(more).verdict).not.toBe('no-go');
      }),
      params,
    );
  });

  it('gives no-go whenever a must fails, wherever it stands', () => {
    const failedMustArb = criterionArb
      .map((c): SuccessCriterion => ({ ...c, id: 'failed', priority: 'must' }))
      .filter((c) => judgeCriterion(c).outcome === 'not-met');
    fc.assert(
      fc.property(criteriaArb, failedMustArb, fc.nat(), (criteria, failed, at) => {
        const all = [...criteria];
        all.splice(at % (all.length + 1), 0, failed);
        const recommendation = recommendVerdict(all);
        expect(recommendation.verdict).toBe('no-go');
        expect(all.find((c) => c.id === recommendation.decidedBy)?.priority).toBe('must');
      }),
      params,
    );
  });

  it('does not depend on should criteria at all', () => {
    fc.assert(
      fc.property(criteriaArb, (criteria) => {
        const mustsOnly = criteria.filter((c) => c.priority === 'must');
        fc.pre(mustsOnly.length > 0);
        expect(recommendVerdict(criteria).verdict).toBe(recommendVerdict(mustsOnly).verdict);
      }),
      params,
    );
  });
});
