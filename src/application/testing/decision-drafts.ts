import type { DecisionDraft } from '../../domain/decision-log/decision-entry';

/** A pause of issue `key` (`PROJ-n`, id `10000 + n`): a complete draft of an issue decision. */
export function pauseDraft(key: string, summary = `Paused ${key}`): DecisionDraft {
  const [projectKey = 'CSI', n = '0'] = key.split('-');
  return {
    type: 'pause',
    subject: { issueKey: key, issueId: String(10_000 + Number(n)), projectKey },
    summary,
    rationale: 'The pilot waits for the new service desk.',
    optionsConsidered: ['Pause', 'Terminate'],
    payload: {},
  };
}

/** A configuration-wide entry (no subject): a scoring change from `from` to `from + 1`. */
export function configDraft(from: number): DecisionDraft {
  return {
    type: 'scoring-config-changed',
    subject: null,
    summary: `Scoring configuration v${from + 1}`,
    rationale: 'Risk matters more after the outage.',
    optionsConsidered: [],
    payload: { fromVersion: from, toVersion: from + 1, changes: ['risk weight 20 -> 25'] },
  };
}
