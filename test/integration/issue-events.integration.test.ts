import { kvs } from '@forge/kvs';
import type { LocalHost } from '../../local/host';
import { PROJECTS, USERS } from '../../local/product/demo-ids';
import { readHead } from '../../src/adapters/storage/decision-log.repository';
import { getInitiative, wasDeleted } from '../../src/adapters/storage/initiative.repository';
import { ENTITIES } from '../../src/adapters/storage/keys';
import { asPerson, eventsSince } from '../support/product-requests';
import { seededHost } from '../support/seeded-host';

let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
  host.store.projects.grant(PROJECTS.ops.id, USERS.editor, ['BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES']);
}, 120_000);
afterAll(() => host.close());

const read = <T>(fn: () => Promise<T>) => host.runtime.run('test', 'read', undefined, undefined, fn);
const idOf = (key: string) => String(host.store.issues.find(key)!.id);
const record = (key: string) => read(() => getInitiative(idOf(key)));
const stats = (projectKey: string) =>
  read(
    async () =>
      (await kvs.entity<{ classes: Record<string, string> }>(ENTITIES.portfolioStats).get(projectKey))?.classes ?? {},
  );

/** What the app spent handling the events of one person's request (the request itself costs 1 point). */
async function appCost(action: () => Promise<{ status: number }>) {
  host.stats.reset();
  const before = host.store.pointsUsed();
  const res = await action();
  expect(res.status).toBeLessThan(300);
  await host.settle();
  const t = host.stats.snapshot().totals;
  return {
    invocations: t.invocations,
    kvs: t.kvsReads + t.kvsWrites + t.kvsQueries,
    restReads: t.restReads,
    points: host.store.pointsUsed() - before - 1,
  };
}

const edit = (key: string, fields: Record<string, unknown>, as: string = USERS.editor) =>
  asPerson(host, as, 'PUT', `/rest/api/3/issue/${key}`, { fields });

describe('issue events: the app works from the payload', () => {
  it('an update of an issue type that takes no part costs 0 KVS operations and 0 REST points', async () => {
    const cost = await appCost(() => edit('OPS-1', { summary: 'Patch the VPN concentrator' }, USERS.outsider));
    expect(cost).toEqual({ invocations: 0, kvs: 0, restReads: 0, points: 0 });
  });

  it('an update that touches no copied fact costs nothing even when it gets past the filter', async () => {
    const from = host.events.log.length;
    await edit('CSI-1', { labels: ['tidy'] });
    await host.settle();
    const [labelsOnly] = eventsSince(host, from);
    host.stats.reset();
    await host.runner.fireEvent(labelsOnly!.event.eventType, labelsOnly!.event as unknown as Record<string, unknown>);
    const t = host.stats.snapshot().totals;
    expect({ invocations: t.invocations, kvs: t.kvsReads + t.kvsWrites + t.kvsQueries, rest: t.restReads }).toEqual({
      invocations: 1,
      kvs: 0,
      rest: 0,
    });
  });

  it('an update of a participating issue reads nothing from Jira and copies the new facts', async () => {
    const cost = await appCost(() =>
      edit('CSI-1', { summary: 'Shorter change windows', assignee: { accountId: USERS.viewer } }),
    );
    expect(cost).toMatchObject({ invocations: 1, restReads: 0, points: 0 });
    expect(await record('CSI-1')).toMatchObject({
      summary: 'Shorter change windows',
      owner: { accountId: USERS.viewer, displayName: 'Vera Lind' },
    });
  });

  it('a new issue of a participating type becomes an initiative without a Jira read', async () => {
    const created = await asPerson(host, USERS.editor, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'CSI' }, issuetype: { name: 'Improvement' }, summary: 'Self-service password reset' },
    });
    await host.settle();
    const key = (created.body as { key: string }).key;
    expect(await record(key)).toMatchObject({ issueKey: key, summary: 'Self-service password reset', owner: null });
    expect(host.stats.snapshot().totals.restReads).toBe(0);
  });
});

describe('deleted and moved issues', () => {
  it('a deleted issue leaves the portfolio; the decision log keeps its entries; replays change nothing', async () => {
    const id = idOf('CSI-5');
    const head = await read(readHead);
    const from = host.events.log.length;
    await edit('CSI-5', { summary: 'Last words' });
    await asPerson(host, USERS.csiAdmin, 'DELETE', '/rest/api/3/issue/CSI-5');
    await host.settle();
    const [update, deletion] = eventsSince(host, from).map((r) => r.event as unknown as Record<string, unknown>);
    expect(await read(() => getInitiative(id))).toBeUndefined();
    expect(Object.keys(await stats('CSI'))).not.toContain('CSI-5');
    expect(await read(() => wasDeleted(id))).toBe(true);
    // A duplicate deletion and the earlier update arriving late: no crash, no resurrection.
    await host.runner.fireEvent('avi:jira:deleted:issue', deletion!);
    await host.runner.fireEvent('avi:jira:updated:issue', update!);
    expect(await read(() => getInitiative(id))).toBeUndefined();
    expect(await read(readHead)).toEqual(head);
    expect(await host.runner.runScheduled('csi-verify-log')).toMatchObject({ status: 'verified' });
  });

  it('a moved issue takes its new key and project: its partition and portfolio place follow', async () => {
    const id = idOf('CSI-6');
    const wasActive = Object.keys(await stats('CSI')).includes('CSI-6');
    const res = await asPerson(host, USERS.editor, 'POST', '/rest/api/3/bulk/issues/move', {
      targetToSourcesMapping: { 'OPS,10010': { issueIdsOrKeys: ['CSI-6'] } },
    });
    expect(res.status).toBe(201);
    await host.settle();
    const newKey = host.store.issues.get(Number(id))!.key;
    expect(newKey).toMatch(/^OPS-/);
    expect(await read(() => getInitiative(id))).toMatchObject({ issueKey: newKey, projectKey: 'OPS' });
    expect(Object.keys(await stats('CSI'))).not.toContain('CSI-6');
    expect(Object.keys(await stats('OPS')).includes(newKey)).toBe(wasActive);
  });
});

describe('duplicated and reordered deliveries', () => {
  it('an older update arriving after a newer one does not put the older facts back', async () => {
    const from = host.events.log.length;
    await edit('CSI-7', { summary: 'First wording' });
    await edit('CSI-7', { summary: 'Second wording' });
    await host.settle();
    const [older, newer] = eventsSince(host, from).map((r) => r.event as unknown as Record<string, unknown>);
    for (const event of [newer, older, older, newer, older])
      await host.runner.fireEvent('avi:jira:updated:issue', event!);
    expect(await record('CSI-7')).toMatchObject({ summary: 'Second wording' });
  });

  it('with the redelivery knob on, a burst of edits ends with the last facts', async () => {
    const noisy = await seededHost({ knobs: { redeliveryRate: 0.5 } });
    try {
      const from = noisy.events.log.length;
      for (let i = 1; i <= 8; i += 1)
        await asPerson(noisy, USERS.editor, 'PUT', '/rest/api/3/issue/CSI-8', { fields: { summary: `Take ${i}` } });
      await noisy.settle();
      const deliveries = eventsSince(noisy, from).reduce((n, r) => n + r.deliveries, 0);
      expect(deliveries).toBeGreaterThan(8);
      const saved = await noisy.runtime.run('test', 'read', undefined, undefined, () =>
        getInitiative(String(noisy.store.issues.find('CSI-8')!.id)),
      );
      expect(saved).toMatchObject({ summary: 'Take 8' });
    } finally {
      noisy.close();
    }
  });
});
