import { lifecycleSettingsWorld, OTHER_OWNER, OWNER } from '../testing/lifecycle-settings-world';
import { addService } from './add-service.use-case';
import { retireService } from './retire-service.use-case';
import { updateService } from './update-service.use-case';

async function withVpn() {
  const w = lifecycleSettingsWorld();
  await addService(w.ports, 'vpn', { name: 'VPN access', ownerAccountId: OWNER.accountId });
  await addService(w.ports, 'payroll', { name: 'Payroll', ownerAccountId: OWNER.accountId });
  return w;
}

describe('updateService', () => {
  it('renames a service and gives it another owner, moving its revision', async () => {
    const w = await withVpn();
    w.clock.advance(60_000);
    const answer = await updateService(w.ports, 'vpn', 1, {
      name: 'Remote access',
      ownerAccountId: OTHER_OWNER.accountId,
    });
    expect(answer.ok).toBe(true);
    expect(w.store.catalogueNow.services.find((s) => s.key === 'vpn')).toMatchObject({
      name: 'Remote access',
      ownerAccountId: OTHER_OWNER.accountId,
      revision: 2,
      changedAt: w.clock.now(),
    });
  });

  it.each([
    [
      'from a revision someone else moved on',
      7,
      { name: 'Remote access', ownerAccountId: OWNER.accountId },
      'CONFLICT',
    ],
    ['a change that changes nothing', 1, { name: 'VPN access', ownerAccountId: OWNER.accountId }, 'INVALID_INPUT'],
    ['a name another active service has', 1, { name: 'PAYROLL', ownerAccountId: OWNER.accountId }, 'INVALID_INPUT'],
    ['an owner Jira does not know', 1, { name: 'Remote', ownerAccountId: 'u-nobody' }, 'INVALID_INPUT'],
  ])('refuses a change %s and writes nothing', async (_name, revision, fields, code) => {
    const w = await withVpn();
    const before = w.snapshot();
    const answer = await updateService(w.ports, 'vpn', revision, fields, 'request:u-csi-admin:u1');
    expect(answer.ok ? 'ok' : answer.error.code).toBe(code);
    expect(w.snapshot()).toBe(before);
  });

  it('refuses an unknown service (NOT_FOUND) and a retired one (PRECONDITION_FAILED)', async () => {
    const w = await withVpn();
    await retireService(w.ports, 'vpn', 1);
    const fields = { name: 'Remote access', ownerAccountId: OWNER.accountId };
    const retired = await updateService(w.ports, 'vpn', 2, fields);
    const missing = await updateService(w.ports, 'fax', 1, fields);
    expect([retired, missing].map((a) => (a.ok ? 'ok' : a.error.code))).toEqual(['PRECONDITION_FAILED', 'NOT_FOUND']);
  });

  it('has one effect for a retried request key', async () => {
    const w = await withVpn();
    const fields = { name: 'Remote access', ownerAccountId: OWNER.accountId };
    await updateService(w.ports, 'vpn', 1, fields, 'request:u-csi-admin:u2');
    const retry = await updateService(w.ports, 'vpn', 1, fields, 'request:u-csi-admin:u2');
    expect(retry.ok).toBe(true);
    expect(w.store.catalogueNow.services.find((s) => s.key === 'vpn')?.revision).toBe(2);
  });
});
