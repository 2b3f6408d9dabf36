import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import { HISTORY_LIMIT, type InitiativeRecord, type UserRefRecord } from '../initiative-record';
import type { ScoreProjectionPort } from '../ports';
import { scoreInitiative } from './score-initiative';

/**
 * Re-computes a record after a change, appends a history row saying who changed what, and projects
 * the score to Jira (only changed values are written; a failed projection is retried next time).
 */
export async function rescoreRecord(
  changed: InitiativeRecord,
  config: ScoringConfig,
  change: { actor: UserRefRecord; at: string; text: string } | null,
  projection: ScoreProjectionPort,
): Promise<InitiativeRecord> {
  const computed = scoreInitiative(changed, config);
  const history = change
    ? [{ at: change.at, actor: change.actor, change: change.text, score: computed.score }, ...changed.history].slice(
        0,
        HISTORY_LIMIT,
      )
    : changed.history;
  const next = { ...changed, computed, history };
  try {
    return { ...next, projected: await projection.project(next) };
  } catch (cause) {
    console.warn(`Projecting the score of ${changed.issueKey} to Jira failed; it will be retried`, cause);
    return next;
  }
}
