import { MemoryRequests } from '../testing/memory-requests';
import { MemorySettings } from '../testing/memory-settings';
import { getCsiAdmins } from './get-csi-admins.use-case';

describe('getCsiAdmins', () => {
  it('names each CSI admin, in the stored order, and an account Jira no longer knows as unknown', async () => {
    const settings = new MemorySettings(new MemoryRequests(), { csiAdmins: ['u-b', 'u-gone', 'u-a'] });
    const ports = settings.csiAdminPorts([
      { accountId: 'u-a', displayName: 'Ada' },
      { accountId: 'u-b', displayName: 'Bo' },
    ]);
    const answer = await getCsiAdmins(ports);
    expect(answer.ok && answer.value.csiAdmins.map((u) => u.accountId)).toEqual(['u-b', 'u-gone', 'u-a']);
    expect(answer.ok && answer.value.csiAdmins[0]?.displayName).toBe('Bo');
    expect(answer.ok && answer.value.csiAdmins[1]?.displayName).not.toBe('u-gone');
  });

  it('answers an empty list before anyone holds the role', async () => {
    const settings = new MemorySettings(new MemoryRequests());
    expect(await getCsiAdmins(settings.csiAdminPorts([]))).toEqual({ ok: true, value: { csiAdmins: [] } });
  });
});
