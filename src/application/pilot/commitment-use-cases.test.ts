import type { UserRefRecord } from '../initiative-record';
import type { StoredService } from '../lifecycle-settings/lifecycle-settings.ports';
import { panelWorld } from '../testing/panel-world';
import { footprintOf, type FootprintRow } from './commitment-footprint';
import { confirmResourceCommitment } from './commitment-confirm.use-case';
import { requestCommitment } from './commitment-request.use-case';
import type { PilotFootprintPort, ResourcesDeps } from './commitment.ports';
import { nameServices } from './services.use-case';

const PEOPLE: UserRefRecord[] = [
  { accountId: 'u-editor', displayName: 'Eli Marsh' },
  { accountId: 'u-csi-admin', displayName: 'Chen Okafor' },
  { accountId: 'u-viewer', displayName: 'Vera Lind' },
];
const service = (key: string, ownerAccountId: string, retired = false): StoredService => ({
  key,
  name: key.toUpperCase(),
  ownerAccountId,
  retired,
  revision: 1,
  changedBy: 'u-csi-admin',
  changedAt: '2026-01-01T00:00:00Z',
});

/**
 * The Resources tab's use cases over in-memory ports: the panel world's pilots and request ledger,
 * a footprint kept from each stored pilot (as the repository writes it in the pilot's transaction),
 * a fixed catalogue and user directory, and a set of active initiatives.
 */
function resourcesWorld() {
  const world = panelWorld();
  const rows = new Map<string, FootprintRow[]>();
  const footprints: PilotFootprintPort = {
    update: async (issue, mutate, options) => {
      const after = await world.pilots.update(issue.id, issue.projectKey, mutate, options);
      for (const [target, list] of rows)
        rows.set(
          target,
          list.filter((r) => r.issueId !== issue.id),
        );
      for (const [target, data] of footprintOf(after, issue.key))
        rows.set(target, [...(rows.get(target) ?? []), { issueId: issue.id, ...data }]);
      return after;
    },
    rows: (target) => Promise.resolve(rows.get(target) ?? []),
  };
  const active = new Set<string>();
  const deps: ResourcesDeps = {
    settings: world.settings,
    pilots: world.pilots,
    footprints,
    initiatives: world.initiatives,
    catalogue: () =>
      Promise.resolve({
        revision: 1,
        services: [service('vpn', 'u-csi-admin'), service('desk', 'u-editor'), service('fax', 'u-editor', true)],
      }),
    activeInitiatives: (ids) => Promise.resolve(new Set(ids.filter((id) => active.has(id)))),
    visibility: { browsable: (ids) => Promise.resolve(new Set(ids)) },
    links: () => Promise.resolve([]),
    users: {
      byIds: (ids) => Promise.resolve(PEOPLE.filter((p) => ids.includes(p.accountId))),
      search: () => Promise.resolve(PEOPLE),
    },
    identity: world.identity,
    requests: world.requests,
    clock: world.clock,
  };
  const as = (n: number, accountId: string) => world.caller(n, { accountId });
  return { world, deps, active, as, stored: (n: number) => world.pilots.read(String(10_000 + n)) };
}

const ask = { personAccountId: 'u-viewer', hoursPerWeek: 30, start: '2026-12-07', end: '2027-03-31' };

describe('requestCommitment', () => {
  it('stores the request with the names and answers it as requested', async () => {
    const { deps, as } = resourcesWorld();
    const answer = await requestCommitment(deps, as(1, 'u-editor'), ask, 'req-00001');
    expect(answer.ok && answer.value.commitments).toEqual([
      expect.objectContaining({
        id: 'c-req-00001',
        person: { accountId: 'u-viewer', displayName: 'Vera Lind' },
        state: 'requested',
        requestedBy: { accountId: 'u-editor', displayName: 'Eli Marsh' },
        confirmedBy: null,
      }),
    ]);
  });

  it.each([
    ['0 hours', { hoursPerWeek: 0 }, 'hoursPerWeek'],
    ['an end before the start', { end: '2026-12-01' }, 'end'],
    ['an unknown person', { personAccountId: 'u-nobody' }, 'personAccountId'],
  ])('refuses %s and stores nothing, not even the request id', async (_what, change, field) => {
    const { deps, world, as, stored } = resourcesWorld();
    const before = { ...world.snapshot(), pilot: stored(1) };
    const answer = await requestCommitment(deps, as(1, 'u-editor'), { ...ask, ...change }, 'req-00002');
    expect(answer.ok ? [] : Object.keys(answer.error.fieldErrors ?? {})).toEqual([field]);
    expect({ ...world.snapshot(), pilot: stored(1) }).toEqual(before);
  });
});

describe('confirmResourceCommitment', () => {
  async function requested() {
    const w = resourcesWorld();
    await nameServices(w.deps, w.as(1, 'u-editor'), ['vpn', 'desk']);
    const asked = await requestCommitment(w.deps, w.as(1, 'u-editor'), ask, 'req-00003');
    return { ...w, id: asked.ok ? (asked.value.commitments[0]?.id ?? '') : '' };
  }

  it('is confirmed by the owner of a named service, who is named with the service', async () => {
    const { deps, as, id, stored } = await requested();
    const answer = await confirmResourceCommitment(deps, as(1, 'u-csi-admin'), id);
    expect(answer.ok && answer.value.commitments[0]).toMatchObject({ state: 'confirmed', confirmedFor: 'VPN' });
    expect(stored(1)?.commitments[0]).toMatchObject({ confirmedBy: 'u-csi-admin', confirmedFor: 'vpn' });
  });

  it.each([
    ['its requester, though they own a named service', 'u-editor', /Nobody confirms their own request/],
    ['the person committed', 'u-viewer', /Only the owning service's owner/],
  ])('is refused to %s, storing nothing', async (_who, accountId, message) => {
    const { deps, as, id, world, stored } = await requested();
    const before = { ...world.snapshot(), pilot: stored(1) };
    const answer = await confirmResourceCommitment(deps, as(1, accountId), id, 'req-00004');
    expect(answer.ok ? '' : answer.error.fieldErrors?.confirmedBy?.join(' ')).toMatch(message);
    expect({ ...world.snapshot(), pilot: stored(1) }).toEqual(before);
  });
});

describe('the loads across initiatives', () => {
  it('count active initiatives only, and warn above 40 hours a week', async () => {
    const { deps, as, active } = resourcesWorld();
    await requestCommitment(deps, as(2, 'u-editor'), { ...ask, hoursPerWeek: 20 });
    const alone = await requestCommitment(deps, as(1, 'u-editor'), ask);
    expect(alone.ok && alone.value.loads[0]).toMatchObject({ peakHours: 30, overCommitted: false });
    active.add('10002');
    const answer = await requestCommitment(deps, as(1, 'u-editor'), { ...ask, hoursPerWeek: 1 });
    expect(answer.ok && answer.value.loads[0]).toMatchObject({
      peakHours: 51,
      overCommitted: true,
      initiatives: ['CSI-1', 'CSI-2'],
    });
  });
});
