import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { getPilot } from '../../src/adapters/storage/pilot.repository';
import type { ResourcesData } from '../../src/contracts/commitment.contract';
import type { PanelData } from '../../src/contracts/issue-panel.contract';
import { invokeAs, seededHost } from '../support/seeded-host';

/**
 * Issue 10 item 3, resource commitments, through the real resolvers on the local host and the
 * seeded demo (local/seed/demo-commitments.ts): Vera Lind has 20 h/week confirmed on CSI-1 and
 * 30 h/week requested on CSI-6, whose services are the service desk (Eli Marsh) and VPN access
 * (Chen Okafor, the CSI admin).
 */
let host: LocalHost;
beforeEach(async () => {
  host = await seededHost();
}, 120_000);
afterEach(() => host.close());

const panel = (accountId: string, issueKey: string) => ({ moduleKey: 'csi-issue-panel', accountId, issueKey });
const idOf = (key: string) => String(host.store.issues.find(key)!.id);
const pilotOf = (key: string) => host.runtime.run('test', 'read', undefined, undefined, () => getPilot(idOf(key)));
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function resources(issueKey: string, as: string = USERS.csiAdmin): Promise<ResourcesData> {
  const { envelope } = await invokeAs<ResourcesData>(host, panel(as, issueKey), 'resources.get', {});
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.data;
}
const ask = (overrides: Record<string, unknown> = {}) => ({
  personAccountId: USERS.outsider,
  hoursPerWeek: 8,
  start: day(7),
  end: day(60),
  ...overrides,
});

describe('the Resources tab', () => {
  it('shows requested, confirmed and expired commitments with who confirmed, for the right service', async () => {
    const data = await resources('CSI-1');
    expect(
      data.commitments.map((c) => [
        c.person.displayName,
        c.hoursPerWeek,
        c.state,
        c.confirmedBy?.displayName,
        c.confirmedFor,
      ]),
    ).toEqual([
      ['Vera Lind', 20, 'confirmed', 'Chen Okafor', 'VPN access'],
      ['Omar Reyes', 10, 'expired', 'Chen Okafor', 'VPN access'],
    ]);
    expect((await resources('CSI-6')).commitments.map((c) => [c.person.displayName, c.state, c.confirmedBy])).toEqual([
      ['Vera Lind', 'requested', null],
    ]);
  });

  it('totals a person across the active initiatives and warns when it is over 40 hours a week', async () => {
    const data = await resources('CSI-6');
    expect(data.loads).toEqual([
      expect.objectContaining({
        person: { accountId: USERS.viewer, displayName: 'Vera Lind' },
        peakHours: 50,
        confirmedPeakHours: 20,
        overCommitted: true,
        initiatives: ['CSI-1', 'CSI-6'],
      }),
    ]);
  });

  it('lets the owner of a named service confirm, and no one else', async () => {
    const [request] = (await resources('CSI-6')).commitments;
    expect((await resources('CSI-6', USERS.csiAdmin)).commitments[0]?.canConfirm).toBe(true);
    expect((await resources('CSI-6', USERS.editor)).commitments[0]?.canConfirm).toBe(false);
    const { envelope } = await invokeAs<ResourcesData>(host, panel(USERS.csiAdmin, 'CSI-6'), 'commitments.confirm', {
      commitmentId: request!.id,
    });
    expect(envelope.ok && envelope.data.commitments[0]).toMatchObject({
      state: 'confirmed',
      confirmedBy: { displayName: 'Chen Okafor' },
      confirmedFor: 'VPN access',
      canConfirm: false,
    });
    expect(envelope.ok && envelope.data.loads[0]).toMatchObject({ peakHours: 50, confirmedPeakHours: 50 });
  });

  it('keeps the panel at its cost: opening it reads no footprint and the same KVS operations', async () => {
    const id = host.stats.nextId;
    await invokeAs<PanelData>(host, panel(USERS.editor, 'CSI-6'), 'issuePanel.get', {});
    const record = host.stats.byId(id)!;
    expect(record.kvsReads + record.kvsQueries).toBeLessThanOrEqual(4);
    expect(Object.keys(record.kvsOps).join(' ')).not.toMatch(/footprint/);
  });
});

describe('bad input', () => {
  it.each([
    ['0 hours', ask({ hoursPerWeek: 0 }), 'hoursPerWeek', /not 0/],
    ['negative hours', ask({ hoursPerWeek: -4 }), 'hoursPerWeek', /from 0 to 168/],
    ['more hours than a week has', ask({ hoursPerWeek: 200 }), 'hoursPerWeek', /from 0 to 168/],
    ['an end before the start', ask({ start: day(10), end: day(3) }), 'end', /end after it starts/],
    ['an impossible date', ask({ start: '2026-02-30' }), 'start', /real date/],
    ['a person Jira does not know', ask({ personAccountId: 'u-nobody' }), 'personAccountId', /no such person/],
    ['no person', ask({ personAccountId: '' }), 'personAccountId', /Choose a person/],
  ])('refuses a request with %s, field by field, writing nothing', async (_what, payload, field, message) => {
    const before = await pilotOf('CSI-6');
    const { envelope, writes } = await invokeAs(host, panel(USERS.editor, 'CSI-6'), 'commitments.request', payload);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!envelope.ok && envelope.error.fieldErrors?.[field]?.join(' ')).toMatch(message);
    expect(writes.kvs).toBe(0);
    expect(await pilotOf('CSI-6')).toEqual(before);
  });

  it.each([
    ['by its requester, who owns the service desk', USERS.editor, /Nobody confirms their own request/],
    ['by the person committed', USERS.viewer, /Only the owning service's owner/],
    ['by a site admin who owns no named service', USERS.siteAdmin, /Only the owning service's owner/],
  ])('refuses a confirmation %s, writing nothing', async (_what, as, message) => {
    const before = await pilotOf('CSI-6');
    const [request] = before!.commitments;
    const { envelope, writes } = await invokeAs(host, panel(as, 'CSI-6'), 'commitments.confirm', {
      commitmentId: request!.id,
    });
    expect(!envelope.ok && envelope.error.fieldErrors?.confirmedBy?.join(' ')).toMatch(message);
    expect(writes.kvs).toBe(0);
    expect(await pilotOf('CSI-6')).toEqual(before);
  });

  it('refuses the person confirming their own hours even when they own the service', async () => {
    // Chen owns VPN access; a request for Chen's own hours on CSI-6 cannot be confirmed by Chen.
    const asked = await invokeAs<ResourcesData>(host, panel(USERS.editor, 'CSI-6'), 'commitments.request', {
      ...ask({ personAccountId: USERS.csiAdmin }),
    });
    const mine =
      asked.envelope.ok && asked.envelope.data.commitments.find((c) => c.person.accountId === USERS.csiAdmin);
    const { envelope, writes } = await invokeAs(host, panel(USERS.csiAdmin, 'CSI-6'), 'commitments.confirm', {
      commitmentId: mine && mine.id,
    });
    expect(!envelope.ok && envelope.error.fieldErrors?.confirmedBy).toEqual(['Nobody confirms their own hours']);
    expect(writes.kvs).toBe(0);
  });

  it('refuses a confirmation on an initiative naming no service, and an unknown commitment', async () => {
    const asked = await invokeAs<ResourcesData>(host, panel(USERS.editor, 'CSI-10'), 'commitments.request', ask());
    const id = asked.envelope.ok ? asked.envelope.data.commitments[0]?.id : undefined;
    const none = await invokeAs(host, panel(USERS.csiAdmin, 'CSI-10'), 'commitments.confirm', { commitmentId: id });
    expect(!none.envelope.ok && none.envelope.error.fieldErrors?.confirmedBy?.join(' ')).toMatch(/Name the services/);
    expect(none.writes.kvs).toBe(0);
    const unknown = await invokeAs(host, panel(USERS.csiAdmin, 'CSI-6'), 'commitments.confirm', {
      commitmentId: 'c-x',
    });
    expect(unknown.envelope).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(unknown.writes.kvs).toBe(0);
  });

  it('refuses requests from people who cannot edit the issue', async () => {
    const { envelope, writes } = await invokeAs(host, panel(USERS.viewer, 'CSI-6'), 'commitments.request', ask());
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'You need permission to edit this issue.' },
    });
    expect(writes).toEqual({ kvs: 0, rest: 0 });
  });
});

describe('request ids and concurrency', () => {
  it('gives a retried request one effect', async () => {
    const payload = ask({ requestId: 'retry-commitment-1' });
    const first = await invokeAs<ResourcesData>(host, panel(USERS.editor, 'CSI-6'), 'commitments.request', payload);
    const again = await invokeAs<ResourcesData>(host, panel(USERS.editor, 'CSI-6'), 'commitments.request', payload);
    expect(again.envelope).toEqual(first.envelope);
    expect(again.writes.kvs).toBe(0);
    expect((await pilotOf('CSI-6'))!.commitments.filter((c) => c.personId === USERS.outsider)).toHaveLength(1);
  });

  it('gives a retried confirmation one effect', async () => {
    const [request] = (await pilotOf('CSI-6'))!.commitments;
    const payload = { commitmentId: request!.id, requestId: 'retry-confirm-1' };
    const first = await invokeAs(host, panel(USERS.csiAdmin, 'CSI-6'), 'commitments.confirm', payload);
    const again = await invokeAs(host, panel(USERS.csiAdmin, 'CSI-6'), 'commitments.confirm', payload);
    expect(first.envelope.ok && again.envelope.ok).toBe(true);
    expect(again.writes.kvs).toBe(0);
    expect((await pilotOf('CSI-6'))!.revision).toBe(3);
  });

  it('loses none of 20 requests made at once, in the pilot nor in the loads', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        invokeAs(
          host,
          panel(USERS.editor, 'CSI-10'),
          'commitments.request',
          ask({ hoursPerWeek: i + 1, requestId: `many-${i}-req` }),
        ),
      ),
    );
    expect(answers.filter((a) => a.envelope.ok)).toHaveLength(20);
    const stored = (await pilotOf('CSI-10'))!.commitments;
    expect(stored.map((c) => c.hoursPerWeek).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect((await resources('CSI-10')).loads[0]).toMatchObject({ peakHours: 210, overCommitted: true });
    const full = await invokeAs(host, panel(USERS.editor, 'CSI-10'), 'commitments.request', ask());
    expect(!full.envelope.ok && full.envelope.error.fieldErrors?.personAccountId?.join(' ')).toMatch(/at most 20/);
    expect(full.writes.kvs).toBe(0);
  });
});
