import { appendEntry } from '../decision-log/append-entry';
import type { DecisionDraft, DecisionEntry } from '../decision-log/decision-entry';

const subject = (n: number) => ({ issueKey: `CSI-${n}`, issueId: String(10_000 + n), projectKey: 'CSI' });

const DRAFTS: ReadonlyArray<(n: number) => DecisionDraft> = [
  (n) => ({
    type: 'proposal-rejected',
    subject: subject(n),
    summary: `Rejected CSI-${n}`,
    rationale: 'Already covered by the self-service portal work, "phase 2".',
    optionsConsidered: ['Merge into CSI-2', 'Defer, to next quarter'],
    revisitIf: 'Portal adoption stays below 40 %',
    scoresAtTime: { score: 41.5, effort: 4 },
    payload: { reasonCategory: 'duplicate' },
  }),
  (n) => ({
    type: 'checkpoint-decision',
    subject: subject(n),
    summary: `Pilot gate 1 for CSI-${n}`,
    rationale: 'MTTR fell by 22 % in the pilot group.',
    optionsConsidered: ['Go', 'Hold for another sprint'],
    payload: {
      checkpointId: `cp-${n}`,
      checkpointName: 'Pilot gate 1',
      verdict: 'go',
      recommended: 'go',
      override: false,
    },
  }),
  (n) => ({
    type: 'scoring-config-changed',
    subject: null,
    summary: `Scoring configuration v${n} -> v${n + 1}`,
    rationale: 'Risk matters more after the Q3 outage.',
    optionsConsidered: [],
    payload: { fromVersion: n, toVersion: n + 1, changes: ['risk weight 20 -> 25', 'effort weight 25 -> 20'] },
  }),
  (n) => ({
    type: 'pause',
    subject: subject(n),
    summary: `Paused CSI-${n}`,
    rationale: 'Score fell below 40 after re-scoring.',
    optionsConsidered: ['Pause', 'Terminate'],
    payload: { trigger: 'score below 40' },
  }),
];

/**
 * A draft of one of several decision types, varied by `n`, for tests.
 *
 * @example
 * buildDraft(3).type; // 'pause'
 */
export function buildDraft(n: number): DecisionDraft {
  return (DRAFTS[n % DRAFTS.length] as (n: number) => DecisionDraft)(n);
}

/**
 * A valid log of `length` entries appended one by one (deterministic: same length, same hashes).
 *
 * @example
 * buildLog(50).at(-1)?.seq; // 50
 */
export function buildLog(length: number): DecisionEntry[] {
  const entries: DecisionEntry[] = [];
  for (let n = 1; n <= length; n += 1) {
    const head = entries[entries.length - 1] ?? null;
    const at = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
    entries.push(appendEntry(head, buildDraft(n), `account-${n % 5}`, at));
  }
  return entries;
}
