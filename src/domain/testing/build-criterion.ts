import type { Criterion } from '../scoring/scoring-config';

/**
 * A valid criterion for tests; override only what the test is about.
 *
 * @example
 * buildCriterion({ key: 'cost', direction: 'cost', weight: 2 });
 */
export function buildCriterion(overrides: Partial<Criterion> = {}): Criterion {
  const key = overrides.key ?? 'impact';
  return {
    key,
    name: `Criterion ${key}`,
    description: `How the initiative does on ${key}.`,
    direction: 'benefit',
    weight: 1,
    levels: ['Very low', 'Low', 'Medium', 'High', 'Very high'],
    ...overrides,
  };
}
