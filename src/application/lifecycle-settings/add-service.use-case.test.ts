import { MAX_SERVICES } from '../../contracts/lifecycle-settings.contract';
import { CSI_ADMIN, lifecycleSettingsWorld, OWNER } from '../testing/lifecycle-settings-world';
import { addService } from './add-service.use-case';

describe('addService', () => {
  it('adds a service with its owner at revision 1, stamped by the admin, and answers it by name', async () => {
    const w = lifecycleSettingsWorld();
    const answer = await addService(w.ports, 'vpn', { name: 'VPN access', ownerAccountId: OWNER.accountId });
    expect(w.store.catalogueNow).toMatchObject({
      revision: 1,
      services: [
        {
          key: 'vpn',
          name: 'VPN access',
          ownerAccountId: OWNER.accountId,
          revision: 1,
          retired: false,
          changedBy: CSI_ADMIN.accountId,
          changedAt: w.clock.now(),
        },
      ],
    });
    expect(answer.ok && answer.value.services[0]).toMatchObject({ owner: OWNER, changedBy: CSI_ADMIN });
  });

  it('refuses an owner who is not a Jira user and writes nothing', async () => {
    const w = lifecycleSettingsWorld();
    const before = w.snapshot();
    const answer = await addService(
      w.ports,
      'vpn',
      { name: 'VPN', ownerAccountId: 'u-nobody' },
      'request:u-csi-admin:r1',
    );
    expect(answer.ok ? 'ok' : answer.error).toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { ownerAccountId: [expect.any(String)] },
    });
    expect(w.snapshot()).toBe(before);
  });

  it.each([
    ['a key in use', 'vpn', 'Payroll', 'key'],
    ['the name of an active service, in other letter case', 'vpn-2', 'vpn ACCESS', 'name'],
  ])('refuses %s and writes nothing', async (_name, key, name, field) => {
    const w = lifecycleSettingsWorld();
    await addService(w.ports, 'vpn', { name: 'VPN access', ownerAccountId: OWNER.accountId });
    const before = w.snapshot();
    const answer = await addService(w.ports, key, { name, ownerAccountId: OWNER.accountId });
    expect(answer.ok ? {} : answer.error.fieldErrors).toHaveProperty([field]);
    expect(w.snapshot()).toBe(before);
  });

  it(`refuses a service past ${MAX_SERVICES}`, async () => {
    const w = lifecycleSettingsWorld();
    for (let i = 0; i < MAX_SERVICES; i += 1)
      await addService(w.ports, `s-${i}`, { name: `S ${i}`, ownerAccountId: OWNER.accountId });
    const answer = await addService(w.ports, 'one-more', { name: 'One more', ownerAccountId: OWNER.accountId });
    expect(answer.ok).toBe(false);
    expect(w.store.catalogueNow.services).toHaveLength(MAX_SERVICES);
  });

  it('has one effect for a retried request key', async () => {
    const w = lifecycleSettingsWorld();
    const fields = { name: 'VPN access', ownerAccountId: OWNER.accountId };
    await addService(w.ports, 'vpn', fields, 'request:u-csi-admin:r2');
    const retry = await addService(w.ports, 'vpn', fields, 'request:u-csi-admin:r2');
    expect(retry.ok && retry.value.services.map((s) => s.key)).toEqual(['vpn']);
    expect(w.store.catalogueNow.revision).toBe(1);
  });

  it('keeps a service another admin added between its read and its write', async () => {
    const w = lifecycleSettingsWorld();
    const catalogue = w.ports.catalogue;
    let raced = false;
    w.ports.catalogue = async () => {
      const read = await catalogue();
      if (!raced) {
        raced = true;
        await addService({ ...w.ports, catalogue }, 'payroll', { name: 'Payroll', ownerAccountId: OWNER.accountId });
      }
      return read;
    };
    await addService(w.ports, 'vpn', { name: 'VPN access', ownerAccountId: OWNER.accountId });
    expect(w.store.catalogueNow.services.map((s) => s.key).sort()).toEqual(['payroll', 'vpn']);
    expect(w.store.catalogueNow.revision).toBe(2);
  });
});
