import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import type { InitiativeRecord } from '../initiative-record';
import type { IssueFacts } from '../ports';
import { newInitiative } from '../scoring/new-initiative';
import { scoreInitiative } from '../scoring/score-initiative';
import { issueFacts } from './memory-issues';

/**
 * Issue `n`'s initiative as stored (revision 1) after one rater gave `rating` (1..5) on every
 * criterion except those in `ratings`, which get their own; scored with `config` through the
 * application's own scoring (no number is written by hand).
 */
export function ratedInitiative(
  n: number,
  config: ScoringConfig,
  rating: number | null,
  options: { ratings?: Record<string, number>; facts?: Partial<IssueFacts>; change?: Partial<InitiativeRecord> } = {},
): InitiativeRecord {
  const base = newInitiative(issueFacts(n, options.facts), config);
  const tally: Record<string, number[]> = {};
  for (const c of config.criteria) {
    const given = options.ratings?.[c.key] ?? rating;
    if (given !== null) tally[c.key] = [1, 2, 3, 4, 5].map((v) => (v === given ? 1 : 0));
  }
  const rater = { accountId: 'u-rater', displayName: 'Rae Rater' };
  const record: InitiativeRecord = {
    ...base,
    tally,
    raterCount: Object.keys(tally).length > 0 ? 1 : 0,
    raterSummaries:
      Object.keys(tally).length > 0
        ? [{ rater, at: '2026-11-30T00:00:00.000Z', rated: Object.keys(tally).length, ratings: {} }]
        : [],
    ...options.change,
    revision: 1,
  };
  return { ...record, computed: scoreInitiative(record, config) };
}
