import { MAX_SERVICES } from '../../contracts/lifecycle-settings.contract';
import type { StoredService } from './lifecycle-settings.ports';
import { addService, retireService, updateService } from './service-rules';

const stamp = { changedBy: 'u-admin', changedAt: '2026-12-01T10:00:00.000Z' };
const service = (key: string, over: Partial<StoredService> = {}): StoredService => ({
  key,
  name: key.toUpperCase(),
  ownerAccountId: 'u-owner',
  retired: false,
  revision: 1,
  ...stamp,
  ...over,
});
const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);

describe('addService', () => {
  it.each([
    ['a new key and name', [service('vpn')], 'mail', 'Mail', 'ok'],
    ['a key in use', [service('vpn')], 'vpn', 'Other', 'INVALID_INPUT'],
    ['a retired key (never reused)', [service('vpn', { retired: true })], 'vpn', 'Other', 'INVALID_INPUT'],
    ['an active name in other case', [service('vpn', { name: 'VPN' })], 'mail', 'vpn', 'INVALID_INPUT'],
    ['a retired name', [service('vpn', { name: 'VPN', retired: true })], 'mail', 'VPN', 'ok'],
  ])('%s: %s', (_what, services, key, name, expected) => {
    expect(codeOf(addService(services, key, { name, ownerAccountId: 'u-2' }, stamp))).toBe(expected);
  });

  it(`holds at most ${MAX_SERVICES} services, retired ones included`, () => {
    const full = Array.from({ length: MAX_SERVICES }, (_, i) => service(`s${i}`, { retired: i % 2 === 0 }));
    expect(addService(full, 'one-more', { name: 'One more', ownerAccountId: 'u-2' }, stamp)).toMatchObject({
      ok: false,
      error: { fieldErrors: { key: [expect.stringMatching(/at most 200 services/)] } },
    });
  });
});

describe('updateService and retireService', () => {
  it.each([
    ['a rename from the current revision', 'vpn', 1, 'ok'],
    ['a stale revision', 'vpn', 2, 'CONFLICT'],
    ['an unknown key', 'nope', 1, 'NOT_FOUND'],
    ['a retired service', 'old', 1, 'PRECONDITION_FAILED'],
  ])('%s', (_what, key, revision, expected) => {
    const services = [service('vpn'), service('old', { retired: true })];
    expect(codeOf(updateService(services, key, revision, { name: 'Renamed', ownerAccountId: 'u-2' }, stamp))).toBe(
      expected,
    );
    expect(codeOf(retireService(services, key, revision, stamp))).toBe(expected);
  });

  it('refuses an edit that changes nothing, and bumps the revision of a real one', () => {
    const services = [service('vpn')];
    expect(codeOf(updateService(services, 'vpn', 1, { name: 'VPN', ownerAccountId: 'u-owner' }, stamp))).toBe(
      'INVALID_INPUT',
    );
    const moved = updateService(services, 'vpn', 1, { name: 'VPN', ownerAccountId: 'u-new' }, stamp);
    expect(moved.ok && moved.value[0]).toMatchObject({ ownerAccountId: 'u-new', revision: 2 });
  });
});
