import { MemoryRequests } from '../testing/memory-requests';
import { MemorySettings } from '../testing/memory-settings';
import { setCsiAdmins } from './set-csi-admins.use-case';

const USERS = [
  { accountId: 'u-csi-admin', displayName: 'Chen Okafor' },
  { accountId: 'u-editor', displayName: 'Eli Marsh' },
];

function world(csiAdmins: string[] = []) {
  const requests = new MemoryRequests();
  const settings = new MemorySettings(requests, { csiAdmins, revision: 3 });
  return { requests, settings, ports: settings.csiAdminPorts(USERS) };
}

describe('setCsiAdmins', () => {
  it('replaces the list, once per account, keeping the configuration, and answers it by name', async () => {
    const w = world(['u-editor']);
    const config = w.settings.stored().config;
    const answer = await setCsiAdmins(w.ports, ['u-csi-admin', 'u-csi-admin']);
    expect(answer).toEqual({ ok: true, value: { csiAdmins: [USERS[0]] } });
    expect(w.settings.stored()).toMatchObject({ csiAdmins: ['u-csi-admin'], config, revision: 4 });
  });

  it('withdraws the role from everyone with an empty list', async () => {
    const w = world(['u-editor']);
    expect(await setCsiAdmins(w.ports, [])).toEqual({ ok: true, value: { csiAdmins: [] } });
    expect(w.settings.stored().csiAdmins).toEqual([]);
  });

  it('refuses accounts Jira does not know, naming each by its place, and saves nothing', async () => {
    const w = world(['u-editor']);
    const before = w.settings.stored();
    const answer = await setCsiAdmins(w.ports, ['u-editor', 'u-gone', 'u-csi-admin', 'u-typo'], 'request:u-site:r1');
    expect(answer.ok ? 'ok' : answer.error).toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { 'accountIds.1': [expect.any(String)], 'accountIds.3': [expect.any(String)] },
    });
    expect(answer.ok ? [] : Object.keys(answer.error.fieldErrors ?? {})).toHaveLength(2);
    expect(w.settings.stored()).toEqual(before);
    expect(w.requests.keys()).toEqual([]);
  });

  it('has one effect for a retried request key: the retry saves nothing and answers the list in force', async () => {
    const w = world();
    await setCsiAdmins(w.ports, ['u-editor'], 'request:u-site:r2');
    await setCsiAdmins(w.ports, ['u-csi-admin'], 'request:u-site:r3');
    const retry = await setCsiAdmins(w.ports, ['u-editor'], 'request:u-site:r2');
    expect(retry).toEqual({ ok: true, value: { csiAdmins: [USERS[0]] } });
    expect(w.settings.stored()).toMatchObject({ csiAdmins: ['u-csi-admin'], revision: 5 });
  });
});
