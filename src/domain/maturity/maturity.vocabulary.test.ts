import {
  ACHIEVED_RATINGS,
  AUTOMATIC_CHECKS,
  AUTOMATIC_CHECK_LABELS,
  CAPABILITY_LEVELS,
  DIMENSION_LABELS,
  MATURITY_DIMENSIONS,
  MATURITY_LIMITS,
  RATINGS,
  RATING_LABELS,
} from './maturity.vocabulary';

describe('the maturity vocabulary', () => {
  it('has the seven dimensions of domain.md, in order', () => {
    expect(MATURITY_DIMENSIONS).toEqual([
      'governance',
      'measurement',
      'prioritisation',
      'collaboration',
      'feedback',
      'adoption',
      'sustainment',
    ]);
  });

  it('has levels 1 to 5 and the ratings lowest first, achieved at L and F', () => {
    expect([CAPABILITY_LEVELS, RATINGS, ACHIEVED_RATINGS]).toEqual([
      [1, 2, 3, 4, 5],
      ['N', 'P', 'L', 'F'],
      ['L', 'F'],
    ]);
  });

  it.each<[string, Record<string, string>, Record<string, string>]>([
    [
      'dimensions',
      DIMENSION_LABELS,
      {
        governance: 'Governance',
        measurement: 'Measurement',
        prioritisation: 'Prioritisation',
        collaboration: 'Cross-team collaboration',
        feedback: 'Feedback loops',
        adoption: 'Adoption',
        sustainment: 'Sustainment',
      },
    ],
    [
      'ratings',
      RATING_LABELS,
      {
        N: 'Not achieved (0–15 %)',
        P: 'Partly achieved (15–50 %)',
        L: 'Largely achieved (50–85 %)',
        F: 'Fully achieved (85–100 %)',
      },
    ],
    [
      'automatic checks',
      AUTOMATIC_CHECK_LABELS,
      {
        'decision-rationale': 'Decisions recorded with a rationale',
        'kpi-owners': 'KPIs with a named owner',
        'kpi-readings': 'KPIs read in the last 30 days',
        'complete-scores': 'Active initiatives with a complete score',
        commitments: 'Active initiatives with a confirmed commitment',
        'dependency-reviews': 'Approvals with a dependency review',
        'pirs-on-time': 'PIRs completed by their due date',
        'pir-actions-on-time': 'PIR actions done by their due date',
        'benefit-checks': 'Benefit checks recorded',
      },
    ],
  ])('names each of the %s', (_label, labels, expected) => {
    expect(labels).toEqual(expected);
  });

  it('labels exactly the automatic checks it lists', () => {
    expect(Object.keys(AUTOMATIC_CHECK_LABELS)).toEqual([...AUTOMATIC_CHECKS]);
  });

  it('has the limits of a model and of a rating', () => {
    expect(MATURITY_LIMITS).toEqual({
      criterionText: 500,
      comment: 2000,
      evidenceLinks: 10,
      link: 2000,
      criteriaPerLevel: 12,
      reason: 1000,
      assessors: 10,
    });
  });
});
