import type { Criterion, ScoringConfig } from './scoring-config';

const DEFAULT_CRITERIA: readonly Criterion[] = [
  {
    key: 'business-impact',
    name: 'Business impact',
    description: 'How much the improvement helps users, customers or the business once it is done.',
    direction: 'benefit',
    weight: 30,
    levels: [
      'Negligible: no noticeable change for users or the business.',
      'Minor: a small gain for one team or a few users; no measurable KPI change expected.',
      'Moderate: a measurable gain on one service KPI, or a noticeable saving for one department.',
      'Significant: clear gains on several KPIs or services; a saving or risk reduction leadership would notice.',
      'Major: transforms a critical service or removes a top business pain point, across the organisation.',
    ],
  },
  {
    key: 'strategic-alignment',
    name: 'Strategic alignment',
    description: 'How directly the improvement advances the stated IT and business objectives.',
    direction: 'benefit',
    weight: 25,
    levels: [
      'Not aligned: supports no stated objective.',
      'Weak: only indirectly related to an objective; a nice-to-have.',
      'Partial: supports one departmental objective.',
      'Strong: directly advances a current IT strategy objective.',
      'Essential: needed to deliver a top organisational priority or a regulatory commitment.',
    ],
  },
  {
    key: 'effort',
    name: 'Implementation effort',
    description: 'People, time and money needed to deliver the improvement.',
    direction: 'cost',
    weight: 25,
    levels: [
      'Minimal: under one person-week, one team, no change to other systems.',
      'Low: a few person-weeks, one team, a standard change.',
      'Moderate: one to three person-months, two or three teams involved.',
      'High: three to twelve person-months, several teams, budget approval needed.',
      'Very high: more than a person-year or a major investment; programme-level coordination.',
    ],
  },
  {
    key: 'risk',
    name: 'Implementation risk',
    description: 'How likely the change is to fail or disrupt services, and how hard it is to roll back.',
    direction: 'cost',
    weight: 20,
    levels: [
      'Very low: proven approach, trivial rollback, no customer-facing impact.',
      'Low: familiar approach, documented rollback, limited impact if it fails.',
      'Medium: some unknowns; a failure would disrupt one service briefly.',
      'High: new technology or supplier; a failure would hit critical services or need a hard rollback.',
      'Very high: no rollback path, or a failure could cause a major incident, data loss or a compliance breach.',
    ],
  },
];

/**
 * The configuration a new installation starts with: four criteria (two benefits, two costs) whose
 * weights add up to 100 so they read as percentages, and the thresholds from the CSI domain rules.
 * Returns a fresh object on every call, so callers may change it freely.
 *
 * @example
 * defaultScoringConfig().criteria.map((c) => c.key); // ['business-impact', 'strategic-alignment', 'effort', 'risk']
 */
export function defaultScoringConfig(): ScoringConfig {
  return {
    version: 1,
    criteria: DEFAULT_CRITERIA.map((criterion) => ({ ...criterion })),
    quickWin: { maxEffort: 2, maxDurationDays: 90 },
    transformational: { minEffort: 4, minDurationDays: 180 },
    balanceBand: { min: 30, max: 60 },
    mviThresholdPct: 15,
    effortCriterionKey: 'effort',
    enabledIssueTypes: ['Improvement'],
  };
}
