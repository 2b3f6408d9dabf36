import { evaluateAutomaticCheck, type MaturityFacts } from './automatic-checks';
import type { AutomaticCheckId, Rating } from './maturity.vocabulary';

/** Facts with nothing counted, and `overrides` on top. */
const facts = (overrides: Partial<MaturityFacts> = {}): MaturityFacts => ({
  decisionsLastQuarter: 0,
  decisionsWithRationale: 0,
  kpis: 0,
  kpisWithOwner: 0,
  kpisWithReadingLast30Days: 0,
  activeInitiatives: 0,
  activeWithCompleteScore: 0,
  activeWithCommitment: 0,
  approvedLastQuarter: 0,
  approvedWithDependencyReview: 0,
  pirsDueLastQuarter: 0,
  pirsCompletedOnTime: 0,
  pirActionsDueLastQuarter: 0,
  pirActionsDoneOnTime: 0,
  benefitChecksDueLastQuarter: 0,
  benefitChecksRecorded: 0,
  ...overrides,
});

describe('evaluateAutomaticCheck', () => {
  it.each<[string, Partial<MaturityFacts>, number, Rating]>([
    // Band edges of the usual rule, on KPI owners.
    ['149 of 1000 KPIs', { kpis: 1000, kpisWithOwner: 149 }, 14.9, 'N'],
    ['15 of 100 KPIs', { kpis: 100, kpisWithOwner: 15 }, 15, 'P'],
    ['499 of 1000 KPIs', { kpis: 1000, kpisWithOwner: 499 }, 49.9, 'P'],
    ['50 of 100 KPIs', { kpis: 100, kpisWithOwner: 50 }, 50, 'L'],
    ['849 of 1000 KPIs', { kpis: 1000, kpisWithOwner: 849 }, 84.9, 'L'],
    ['85 of 100 KPIs', { kpis: 100, kpisWithOwner: 85 }, 85, 'F'],
    ['40 of 40 KPIs', { kpis: 40, kpisWithOwner: 40 }, 100, 'F'],
    ['none of 12 KPIs', { kpis: 12, kpisWithOwner: 0 }, 0, 'N'],
    // Judged on the rounded share people see: 1/7 = 14.29 %, 2999/20000 = 14.995 % shows as 15 %.
    ['1 of 7 KPIs', { kpis: 7, kpisWithOwner: 1 }, 14.3, 'N'],
    ['2999 of 20000 KPIs', { kpis: 20000, kpisWithOwner: 2999 }, 15, 'P'],
  ])('kpi-owners, %s: %p %% proposes %s', (_label, overrides, pct, proposed) => {
    const result = evaluateAutomaticCheck('kpi-owners', facts(overrides));
    expect([result.pct, result.proposed]).toEqual([pct, proposed]);
  });

  it.each<[AutomaticCheckId, Partial<MaturityFacts>, number, Rating]>([
    ['decision-rationale', { decisionsLastQuarter: 7, decisionsWithRationale: 3 }, 42.9, 'P'],
    ['kpi-readings', { kpis: 20, kpisWithOwner: 20, kpisWithReadingLast30Days: 11 }, 55, 'L'],
    ['complete-scores', { activeInitiatives: 8, activeWithCompleteScore: 7 }, 87.5, 'F'],
    ['commitments', { activeInitiatives: 8, activeWithCompleteScore: 8, activeWithCommitment: 1 }, 12.5, 'N'],
    ['dependency-reviews', { approvedLastQuarter: 3, approvedWithDependencyReview: 2 }, 66.7, 'L'],
    ['benefit-checks', { benefitChecksDueLastQuarter: 6, benefitChecksRecorded: 6 }, 100, 'F'],
    // The 80 % target: F from 80 up, the usual bands below.
    ['pirs-on-time', { pirsDueLastQuarter: 10, pirsCompletedOnTime: 8 }, 80, 'F'],
    ['pirs-on-time', { pirsDueLastQuarter: 12, pirsCompletedOnTime: 9 }, 75, 'L'],
    ['pirs-on-time', { pirsDueLastQuarter: 1000, pirsCompletedOnTime: 799 }, 79.9, 'L'],
    ['pirs-on-time', { pirsDueLastQuarter: 5, pirsCompletedOnTime: 2 }, 40, 'P'],
    ['pir-actions-on-time', { pirActionsDueLastQuarter: 20, pirActionsDoneOnTime: 17 }, 85, 'F'],
    ['pir-actions-on-time', { pirActionsDueLastQuarter: 20, pirActionsDoneOnTime: 2 }, 10, 'N'],
  ])('%s on %j: %p %% proposes %s', (id, overrides, pct, proposed) => {
    const result = evaluateAutomaticCheck(id, facts(overrides));
    expect([result.pct, result.proposed]).toEqual([pct, proposed]);
  });

  it('shows the counts, the share and the target it rests on', () => {
    expect(evaluateAutomaticCheck('pirs-on-time', facts({ pirsDueLastQuarter: 12, pirsCompletedOnTime: 9 }))).toEqual({
      proposed: 'L',
      pct: 75,
      facts: [
        { label: 'PIRs due in the quarter', value: '12' },
        { label: 'Completed by their due date', value: '9' },
        { label: 'Share', value: '75 %' },
        { label: 'Target', value: '80 %' },
      ],
    });
  });

  it.each<[AutomaticCheckId, string, string, string]>([
    [
      'decision-rationale',
      'Decisions recorded in the quarter',
      'With a rationale',
      'None: no decision was recorded in the quarter',
    ],
    ['kpi-owners', 'KPIs in the catalogue', 'With a named owner', 'None: the catalogue has no KPI'],
    ['kpi-readings', 'KPIs in the catalogue', 'With a reading in the last 30 days', 'None: the catalogue has no KPI'],
    ['complete-scores', 'Active initiatives', 'With a complete score', 'None: no initiative is active'],
    ['commitments', 'Active initiatives', 'With a confirmed commitment', 'None: no initiative is active'],
    [
      'dependency-reviews',
      'Initiatives approved in the quarter',
      'With the dependency review done first',
      'None: no initiative was approved in the quarter',
    ],
    [
      'benefit-checks',
      'Benefit checks due in the quarter',
      'Recorded',
      'None: no benefit check was due in the quarter',
    ],
  ])('%s with nothing to count proposes N with no share, and says why', (id, ofLabel, metLabel, none) => {
    expect(evaluateAutomaticCheck(id, facts())).toEqual({
      proposed: 'N',
      pct: null,
      facts: [
        { label: ofLabel, value: '0' },
        { label: metLabel, value: '0' },
        { label: 'Share', value: none },
      ],
    });
  });

  it.each<[AutomaticCheckId, string, string]>([
    ['pirs-on-time', 'PIRs due in the quarter', 'None: no PIR was due in the quarter'],
    ['pir-actions-on-time', 'PIR actions due in the quarter', 'None: no PIR action was due in the quarter'],
  ])('%s with nothing due proposes N with no share, and still names its target', (id, ofLabel, none) => {
    const result = evaluateAutomaticCheck(id, facts());
    expect([result.proposed, result.pct, result.facts[0], result.facts.slice(2)]).toEqual([
      'N',
      null,
      { label: ofLabel, value: '0' },
      [
        { label: 'Share', value: none },
        { label: 'Target', value: '80 %' },
      ],
    ]);
  });

  it.each<[string, Partial<MaturityFacts>, string]>([
    [
      'a part larger than its whole',
      { kpis: 3, kpisWithOwner: 4 },
      'Maturity fact kpisWithOwner (4) is larger than kpis (3)',
    ],
    ['a negative count', { kpis: -1 }, 'Maturity fact kpis is not a count: -1'],
    ['a fraction', { kpis: 4, kpisWithOwner: 2.5 }, 'Maturity fact kpisWithOwner is not a count: 2.5'],
    ['NaN', { kpis: Number.NaN }, 'Maturity fact kpis is not a count: NaN'],
  ])('treats %s as a bug and throws', (_label, overrides, message) => {
    expect(() => evaluateAutomaticCheck('kpi-owners', facts(overrides))).toThrow(new RangeError(message));
  });
});
