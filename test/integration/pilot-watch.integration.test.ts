import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { SECURED } from '../../local/product/seed-product';
import { updatePilotWithFootprint } from '../../src/adapters/storage/pilot-footprint.repository';
import type { PilotRecord } from '../../src/application/pilot/pilot-record';
import type { PilotWatch } from '../../src/contracts/pilot-watch.contract';
import type { PanelData } from '../../src/contracts/issue-panel.contract';
import { invokeAs, seededHost } from '../support/seeded-host';

/**
 * The project page's pilot watch (issue 10 item 7) through the real resolver on the local host:
 * open checkpoints due this week and overdue come from the pilots' due-date index, fired stop
 * criteria from the initiatives' `triggered` attribute, over-committed people from the footprint
 * rows; issue-level security hides what the reader may not browse; the cost is bounded.
 */
let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
}, 120_000);
afterAll(() => host.close());

const DAY = 86_400_000;
const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.parse(`${today()}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const project = (accountId: string) => ({ moduleKey: 'csi-project-page', accountId, projectKey: 'CSI' });
const watch = async (accountId: string = USERS.editor) => {
  const { envelope } = await invokeAs<PilotWatch>(host, project(accountId), 'projectPage.pilotWatch', {});
  if (!envelope.ok) throw new Error(`pilotWatch failed: ${envelope.error.code} ${envelope.error.message}`);
  return envelope.data;
};
const issue = (key: string) => {
  const found = host.store.issues.find(key);
  if (!found) throw new Error(`${key} is not seeded`);
  return { id: String(found.id), key, projectKey: key.split('-')[0]! };
};

/** Setup through the app's own repository: the pilot and its footprint rows in one transaction. */
async function writePilot(key: string, change: (p: PilotRecord) => PilotRecord) {
  await host.runtime.run('test', 'setup', undefined, undefined, () =>
    updatePilotWithFootprint(issue(key), (current) => change(current)),
  );
}

const checkpoint = (id: string, name: string, dueDate: string) => ({
  id,
  name,
  dueDate,
  rollbackProcedure: 'Switch back to the old queue.',
  decision: null,
  criteria: [
    {
      id: 'c1',
      priority: 'must' as const,
      kind: 'manual' as const,
      statement: 'Works',
      judgement: 'not-judged' as const,
    },
  ],
});

test('open checkpoints due this week and overdue are listed soonest first; decided and far ones are not', async () => {
  await writePilot('CSI-3', (p) => ({
    ...p,
    checkpoints: [checkpoint('w1', 'Watch overdue', inDays(-3)), checkpoint('w2', 'Watch far away', inDays(60))],
  }));
  await writePilot('CSI-4', (p) => ({ ...p, checkpoints: [checkpoint('w3', 'Watch this week', inDays(2))] }));
  const w = await watch();
  const mine = w.checkpoints.filter((c) => c.checkpoint.startsWith('Watch '));
  expect(mine.map((c) => [c.issueKey, c.checkpoint, c.overdue, c.dueThisWeek])).toEqual([
    ['CSI-3', 'Watch overdue', true, false],
    ['CSI-4', 'Watch this week', false, true],
  ]);
  expect(w.today).toBe(today());
  const dates = w.checkpoints.map((c) => c.dueDate);
  expect(dates).toEqual([...dates].sort());
});

test('deciding the last open checkpoint takes the pilot out of the due index', async () => {
  await writePilot('CSI-4', (p) => ({
    ...p,
    checkpoints: p.checkpoints.map((c) => ({
      ...c,
      decision: {
        checkpointId: c.id,
        verdict: 'go' as const,
        rationale: 'Fine',
        deciderId: USERS.csiAdmin,
        recommended: 'go' as const,
        override: false,
        decidedAt: new Date().toISOString(),
        seq: 1,
      },
    })),
  }));
  expect((await watch()).checkpoints.some((c) => c.issueKey === 'CSI-4' && c.checkpoint === 'Watch this week')).toBe(
    false,
  );
});

test('a fired stop criterion shows with what it proposes; once answered it is gone', async () => {
  const panel = { moduleKey: 'csi-issue-panel', accountId: USERS.csiAdmin, issueKey: 'CSI-1' };
  const opened = await invokeAs<PanelData>(host, panel, 'issuePanel.get', {});
  if (!opened.envelope.ok || opened.envelope.data.score?.score == null) throw new Error('CSI-1 has no score');
  const threshold = Math.min(100, Math.ceil(opened.envelope.data.score.score) + 5);
  const saved = await invokeAs<PanelData>(host, panel, 'stopCriteria.save', {
    criteria: [{ id: 'score', kind: 'pause-if-score-below', score: threshold }],
  });
  if (!saved.envelope.ok) throw new Error(saved.envelope.error.message);
  // CSI-1 is In Progress (piloting), so its criteria are watched: the panel and the portfolio agree.
  expect(saved.envelope.data.stopCriteria.triggered).toHaveLength(1);
  const fired = (await watch()).triggered.filter((t) => t.issueKey === 'CSI-1');
  expect(fired).toEqual([expect.objectContaining({ proposes: 'pause' })]);
  expect(fired[0]!.message).toContain(`below ${threshold}`);
  await invokeAs(host, panel, 'issuePanel.recordDecision', {
    decision: {
      type: 'override',
      overridden: 'pause-terminate-trigger',
      recommended: 'Pause',
      decided: 'Continue',
      rationale: 'On track',
      optionsConsidered: [],
    },
  });
  expect((await watch()).triggered.filter((t) => t.issueKey === 'CSI-1')).toEqual([]);
});

test('a person committed beyond a working week across initiatives is over-committed, with those initiatives', async () => {
  const commit = (key: string, id: string, hours: number) => (p: PilotRecord) => ({
    ...p,
    commitments: [
      ...p.commitments,
      {
        id,
        initiativeId: issue(key).id,
        personId: USERS.viewer,
        personName: 'Viewer',
        hoursPerWeek: hours,
        start: inDays(-1),
        end: inDays(30),
        requestedBy: USERS.editor,
        requestedAt: new Date().toISOString(),
      },
    ],
  });
  await writePilot('CSI-3', commit('CSI-3', 'watch-c1', 30));
  await writePilot('CSI-4', commit('CSI-4', 'watch-c2', 20));
  const person = (await watch()).overCommitted.find((p) => p.person.accountId === USERS.viewer);
  expect(person).toBeDefined();
  expect(person!.hoursPerWeek).toBeGreaterThanOrEqual(50);
  expect(person!.initiatives).toEqual(expect.arrayContaining(['CSI-3', 'CSI-4']));
});

test('issue-level security: the secured initiative shows to a member of its level, not to the viewer', async () => {
  const secured = host.store.issues.list().find((i) => i.summary === SECURED.summary)!;
  await writePilot(secured.key, (p) => ({ ...p, checkpoints: [checkpoint('s1', 'Watch secured', inDays(1))] }));
  const seen = async (accountId: string) =>
    (await watch(accountId)).checkpoints.some((c) => c.checkpoint === 'Watch secured');
  expect(await seen(USERS.editor)).toBe(true);
  expect(await seen(USERS.viewer)).toBe(false);
});

test('the cost is bounded and the same whatever the project holds: queries, batch gets and one permission check', async () => {
  const id = host.stats.nextId;
  await watch();
  const r = host.stats.byId(id)!;
  expect(r.kvsWrites).toBe(0);
  expect(r.kvsQueries).toBeLessThanOrEqual(3 + 20);
  expect(r.restReads + r.restWrites).toBeLessThanOrEqual(3);
});
