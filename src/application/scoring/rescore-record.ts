import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import { HISTORY_LIMIT, type InitiativeRecord, type UserRefRecord } from '../initiative-record';
import { scoreInitiative } from './score-initiative';

/**
 * Re-computes a record after a change and appends a history row saying who changed what. Jira is
 * told after the commit: the repository writes the projection outbox in the record's transaction.
 */
export function rescoreRecord(
  changed: InitiativeRecord,
  config: ScoringConfig,
  change: { actor: UserRefRecord; at: string; text: string } | null,
): InitiativeRecord {
  const computed = scoreInitiative(changed, config);
  const history = change
    ? [{ at: change.at, actor: change.actor, change: change.text, score: computed.score }, ...changed.history].slice(
        0,
        HISTORY_LIMIT,
      )
    : changed.history;
  return { ...changed, computed, history };
}
