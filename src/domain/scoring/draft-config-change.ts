import type { DecisionDraft } from '../decision-log/decision-entry';

/**
 * The decision-log draft of a saved scoring configuration: the versions it moves between and the
 * changes people read ("Scoring configuration v4: weight of Risk 2 -> 3 (+2 more)"); the full list
 * is in the payload. The changes are `configChanges`' (config-changes.ts), checked non-empty before. Pure.
 */
export function draftConfigChange(
  fromVersion: number,
  toVersion: number,
  changes: readonly string[],
  reason: string,
): DecisionDraft {
  const more = changes.length > 1 ? ` (+${changes.length - 1} more)` : '';
  return {
    type: 'scoring-config-changed',
    subject: null,
    summary: `Scoring configuration v${toVersion}: ${changes[0] ?? 'saved'}${more}`.slice(0, 300),
    rationale: reason,
    optionsConsidered: [],
    payload: { fromVersion, toVersion, changes: [...changes] },
  };
}
