import { lifecycleSettingsWorld, OWNER } from '../testing/lifecycle-settings-world';
import { addService } from './add-service.use-case';
import { retireService } from './retire-service.use-case';

describe('retireService', () => {
  it('retires a service but keeps it (and its key) in the catalogue, listed after the active ones', async () => {
    const w = lifecycleSettingsWorld();
    await addService(w.ports, 'atm', { name: 'ATM network', ownerAccountId: OWNER.accountId });
    await addService(w.ports, 'vpn', { name: 'VPN access', ownerAccountId: OWNER.accountId });
    const answer = await retireService(w.ports, 'atm', 1);
    expect(answer.ok && answer.value.services.map((s) => [s.key, s.retired])).toEqual([
      ['vpn', false],
      ['atm', true],
    ]);
    const reused = await addService(w.ports, 'atm', { name: 'ATM 2', ownerAccountId: OWNER.accountId });
    expect(reused.ok ? 'ok' : reused.error.code).toBe('INVALID_INPUT');
  });

  it('lets a new service take a retired one’s name', async () => {
    const w = lifecycleSettingsWorld();
    await addService(w.ports, 'fax', { name: 'Fax gateway', ownerAccountId: OWNER.accountId });
    await retireService(w.ports, 'fax', 1);
    expect((await addService(w.ports, 'fax-2', { name: 'Fax gateway', ownerAccountId: OWNER.accountId })).ok).toBe(
      true,
    );
  });

  it('refuses a stale revision or a second retirement and writes nothing', async () => {
    const w = lifecycleSettingsWorld();
    await addService(w.ports, 'fax', { name: 'Fax gateway', ownerAccountId: OWNER.accountId });
    const stale = await retireService(w.ports, 'fax', 3);
    await retireService(w.ports, 'fax', 1);
    const before = w.snapshot();
    const again = await retireService(w.ports, 'fax', 2);
    expect([stale, again].map((a) => (a.ok ? 'ok' : a.error.code))).toEqual(['CONFLICT', 'PRECONDITION_FAILED']);
    expect(w.snapshot()).toBe(before);
  });

  it('has one effect for a retried request key', async () => {
    const w = lifecycleSettingsWorld();
    await addService(w.ports, 'fax', { name: 'Fax gateway', ownerAccountId: OWNER.accountId });
    await retireService(w.ports, 'fax', 1, 'request:u-csi-admin:x1');
    const retry = await retireService(w.ports, 'fax', 1, 'request:u-csi-admin:x1');
    expect(retry.ok).toBe(true);
    expect(w.store.catalogueNow.revision).toBe(2);
  });
});
