import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { getInitiative } from '../../src/adapters/storage/initiative.repository';
import type { PanelData } from '../../src/contracts/issue-panel.contract';
import { invokeAs, seededHost } from '../support/seeded-host';

/**
 * Pause / terminate criteria (issue 10 item 4) through the real issue panel resolver on the local
 * host: CSI admins declare them from the small typed set (src/domain/lifecycle/stop-criterion.ts),
 * bad input changes nothing, a retried request id has one effect, the panel shows what fires, and a
 * re-score stores a "score below" trigger on the initiative the same write.
 */
let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
}, 120_000);
afterAll(() => host.close());

const panel = (accountId: string, issueKey: string) => ({ moduleKey: 'csi-issue-panel', accountId, issueKey });
const idOf = (key: string) => String(host.store.issues.find(key)!.id);
const stored = (key: string) => host.runtime.run('test', 'read', undefined, undefined, () => getInitiative(idOf(key)));
const open = async (key: string) =>
  (await invokeAs<PanelData>(host, panel(USERS.csiAdmin, key), 'issuePanel.get', {})).envelope;
const save = (key: string, payload: unknown, as: string = USERS.csiAdmin) =>
  invokeAs<PanelData>(host, panel(as, key), 'stopCriteria.save', payload);

/** A seeded initiative in delivery (In Progress: piloting) with a complete score, so criteria are watched. */
async function pilotingKey(): Promise<{ key: string; score: number }> {
  for (const issue of host.store.issues.list()) {
    if (issue.status.name !== 'In Progress' || !issue.key.startsWith('CSI-')) continue;
    const got = await open(issue.key);
    if (got.ok && got.data.participating && got.data.score?.complete && got.data.score.score !== null)
      return { key: issue.key, score: got.data.score.score };
  }
  throw new Error('The demo has no scored initiative In Progress');
}

test('the demo shows a fired pause criterion on the swarming pilot, on its panel and on the pilot watch', async () => {
  const key = host.store.issues
    .list()
    .find((i) => i.summary === 'Cut P1 incident resolution time with a swarming model')!.key;
  const got = await open(key);
  if (!got.ok) throw new Error(got.error.message);
  expect(got.data.stopCriteria.criteria.map((c) => c.kind)).toEqual([
    'pause-if-score-below',
    'terminate-if-no-kpi-gain',
  ]);
  expect(got.data.stopCriteria.triggered).toEqual(
    expect.arrayContaining([expect.objectContaining({ kind: 'pause-if-score-below', answeredSeq: null })]),
  );
  const watch = await invokeAs<{ triggered: Array<{ issueKey: string }> }>(
    host,
    { moduleKey: 'csi-project-page', accountId: USERS.viewer, projectKey: 'CSI' },
    'projectPage.pilotWatch',
    {},
  );
  expect(watch.envelope.ok && watch.envelope.data.triggered.map((t) => t.issueKey)).toContain(key);
});

test('a criterion of an unknown kind, an out-of-range threshold and a duplicate id are refused, and nothing changes', async () => {
  const { key } = await pilotingKey();
  const before = await stored(key);
  const cases: Array<[unknown, string]> = [
    [{ criteria: [{ id: 'x', kind: 'pause-if-moon-full' }] }, 'criteria.0'],
    [{ criteria: [{ id: 'score', kind: 'pause-if-score-below', score: 150 }] }, 'criteria.0.score'],
    [{ criteria: [{ id: 'gain', kind: 'terminate-if-no-kpi-gain', checkpoints: 1.5 }] }, 'criteria.0.checkpoints'],
    [
      {
        criteria: [
          { id: 'same', kind: 'pause-if-score-below', score: 40 },
          { id: 'same', kind: 'pause-if-commitment-lapsed' },
        ],
      },
      'criteria.1.id',
    ],
  ];
  for (const [payload, field] of cases) {
    const { envelope, writes } = await save(key, payload);
    expect(envelope.ok).toBe(false);
    if (envelope.ok) continue;
    expect(envelope.error.code).toBe('INVALID_INPUT');
    expect(Object.keys(envelope.error.fieldErrors ?? {}).some((k) => k.startsWith(field))).toBe(true);
    expect(writes.kvs).toBe(0);
  }
  expect(await stored(key)).toEqual(before);
});

test('only a CSI admin declares criteria: an editor of the issue is refused before any write', async () => {
  const { key } = await pilotingKey();
  const { envelope, writes } = await save(
    key,
    { criteria: [{ id: 'score', kind: 'pause-if-score-below', score: 40 }] },
    USERS.editor,
  );
  expect(envelope.ok).toBe(false);
  if (!envelope.ok) expect(envelope.error.code).toBe('FORBIDDEN');
  expect(writes.kvs).toBe(0);
});

test('a threshold above the score fires at once: the panel asks for a pause and says why; lowering it clears it', async () => {
  const { key, score } = await pilotingKey();
  const threshold = Math.min(100, Math.ceil(score) + 5);
  const { envelope } = await save(key, {
    criteria: [{ id: 'score', kind: 'pause-if-score-below', score: threshold }],
    requestId: 'stop-criteria-fire-1',
  });
  expect(envelope.ok).toBe(true);
  if (!envelope.ok) return;
  expect(envelope.data.stopCriteria.criteria).toEqual([
    { id: 'score', kind: 'pause-if-score-below', score: threshold },
  ]);
  expect(envelope.data.stopCriteria.triggered).toEqual([
    expect.objectContaining({ id: 'score', proposes: 'pause', answeredSeq: null }),
  ]);
  expect(envelope.data.stopCriteria.triggered[0]!.message).toContain(`below ${threshold}`);
  expect((await stored(key))!.triggers.map((t) => t.id)).toEqual(['score']);
  const cleared = await save(key, { criteria: [{ id: 'score', kind: 'pause-if-score-below', score: 0 }] });
  expect(cleared.envelope.ok && cleared.envelope.data.stopCriteria.triggered).toEqual([]);
});

test('the same request id twice declares once: one history row', async () => {
  const { key } = await pilotingKey();
  const payload = {
    criteria: [{ id: 'lapse', kind: 'pause-if-commitment-lapsed' }],
    requestId: 'stop-criteria-retry-1',
  };
  const rows = async () => (await stored(key))!.history.filter((h) => h.change.startsWith('Pause / terminate')).length;
  const before = await rows();
  expect((await save(key, payload)).envelope.ok).toBe(true);
  const second = await save(key, payload);
  expect(second.envelope.ok).toBe(true);
  expect(second.writes.kvs).toBe(0);
  expect(await rows()).toBe(before + 1);
});

test('a rating that drops the score below the threshold stores the trigger in the same write', async () => {
  const { key, score } = await pilotingKey();
  // Any lower score is below it (the score itself is not).
  const threshold = score;
  expect(
    (await save(key, { criteria: [{ id: 'score', kind: 'pause-if-score-below', score: threshold }] })).envelope.ok,
  ).toBe(true);
  expect((await stored(key))!.triggers).toEqual([]);
  const opened = await open(key);
  if (!opened.ok) throw new Error('panel');
  // Two raters rate every criterion at its worst for the score (benefits 1, costs 5).
  const ratings = opened.data.criteria.map((c) => ({
    criterionKey: c.key,
    rating: c.direction === 'cost' ? 5 : 1,
    rationale: 'Worst case',
  }));
  for (const rater of [USERS.editor, USERS.csiAdmin]) {
    const rated = await invokeAs(host, panel(rater, key), 'issuePanel.rate', { ratings });
    expect(rated.envelope.ok).toBe(true);
  }
  const after = await stored(key);
  expect(after!.computed.score).toBeLessThan(threshold);
  expect(after!.triggers).toEqual([expect.objectContaining({ id: 'score', proposes: 'pause', answeredSeq: null })]);
});

test('"continue" (an override of the trigger) answers it: the panel stops asking, the decision is named', async () => {
  const { key, score } = await pilotingKey();
  const threshold = Math.min(100, Math.ceil(score) + 5);
  await save(key, { criteria: [{ id: 'score', kind: 'pause-if-score-below', score: threshold }] });
  const decided = await invokeAs<PanelData>(host, panel(USERS.csiAdmin, key), 'issuePanel.recordDecision', {
    decision: {
      type: 'override',
      overridden: 'pause-terminate-trigger',
      recommended: 'Pause',
      decided: 'Continue the pilot',
      rationale: 'The score dipped after a re-weighting; the pilot is on track',
      optionsConsidered: [],
    },
    requestId: 'stop-criteria-continue-1',
  });
  expect(decided.envelope.ok).toBe(true);
  if (!decided.envelope.ok) return;
  const seq = decided.envelope.data.decisions[0]!.seq;
  expect(decided.envelope.data.decisions[0]!.type).toBe('override');
  expect(decided.envelope.data.stopCriteria.triggered).toEqual([
    expect.objectContaining({ id: 'score', answeredSeq: seq }),
  ]);
  expect((await stored(key))!.triggers).toEqual([expect.objectContaining({ id: 'score', answeredSeq: seq })]);
});
