import { CSI_ADMIN, lifecycleSettingsWorld, OWNER } from '../testing/lifecycle-settings-world';
import { getServices } from './get-services.use-case';

describe('getServices', () => {
  it('names owners and authors, shows an account Jira no longer knows as unknown, active services first by name', async () => {
    const w = lifecycleSettingsWorld();
    const at = w.clock.now();
    const service = (key: string, name: string, retired: boolean, ownerAccountId = OWNER.accountId) => ({
      key,
      name,
      ownerAccountId,
      retired,
      revision: 1,
      changedBy: CSI_ADMIN.accountId,
      changedAt: at,
    });
    w.store.catalogueNow = {
      revision: 3,
      services: [service('b', 'Billing', true), service('v', 'VPN', false, 'u-left'), service('a', 'Atm', false)],
    };
    const answer = await getServices(w.ports);
    const services = answer.ok ? answer.value.services : [];
    expect(services.map((s) => s.key)).toEqual(['a', 'v', 'b']);
    expect(services[0]).toMatchObject({ owner: OWNER, changedBy: CSI_ADMIN });
    expect(services[1]?.owner.accountId).toBe('u-left');
    expect(services[1]?.owner.displayName).not.toBe(OWNER.displayName);
  });

  it('answers an empty catalogue before any service was added', async () => {
    const w = lifecycleSettingsWorld();
    expect(await getServices(w.ports)).toMatchObject({ ok: true, value: { services: [] } });
  });
});
