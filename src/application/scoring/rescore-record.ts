import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import { HISTORY_LIMIT, type InitiativeRecord, type UserRefRecord } from '../initiative-record';
import { lifecycleOf } from '../lifecycle/lifecycle-state';
import { refreshTriggers } from '../stop-criteria/refresh-triggers';
import { stopFacts } from '../stop-criteria/stop-facts';
import { scoreInitiative } from './score-initiative';

/**
 * Re-computes a record after a change and appends a history row saying who changed what. Jira is
 * told after the commit: the repository writes the projection outbox in the record's transaction.
 * The new score is judged against the "pause if the score falls below" criteria at once (issue 10
 * item 4: evaluated after each re-score, from this record alone, no read more); `now` dates a new
 * trigger when there is no `change` (the configuration re-score).
 */
export function rescoreRecord(
  changed: InitiativeRecord,
  config: ScoringConfig,
  change: { actor: UserRefRecord; at: string; text: string } | null,
  now?: string,
): InitiativeRecord {
  const computed = scoreInitiative(changed, config);
  const history = change
    ? [{ at: change.at, actor: change.actor, change: change.text, score: computed.score }, ...changed.history].slice(
        0,
        HISTORY_LIMIT,
      )
    : changed.history;
  const at = change?.at ?? now;
  const triggers =
    at === undefined || changed.stopCriteria.length === 0
      ? changed.triggers
      : refreshTriggers(
          changed.triggers,
          changed.stopCriteria,
          stopFacts({ computed }, lifecycleOf(changed).stage, undefined, at),
          at,
          ['pause-if-score-below'],
        );
  return { ...changed, computed, history, triggers };
}
