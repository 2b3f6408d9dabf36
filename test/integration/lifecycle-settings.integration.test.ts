import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { gateRulesFor } from '../../src/application/lifecycle-settings/gate-rules-for';
import { loadServices } from '../../src/adapters/storage/lifecycle-services.repository';
import { loadWorkflowMap } from '../../src/adapters/storage/workflow-map.repository';
import type { Envelope } from '../../src/contracts/envelope';
import type { ServicesData, WorkflowMapData } from '../../src/contracts/lifecycle-settings.contract';
import { invokeAs, seededHost } from '../support/seeded-host';

/**
 * Issue 10 items 1, 5 and 6, the CSI admins' side: the services catalogue and the workflow mapping,
 * through the real resolvers on the local host, stored with @forge/kvs on its simulated KVS.
 */
let host: LocalHost;
beforeEach(async () => {
  host = await seededHost();
}, 120_000);
afterEach(() => host.close());

const frame = (accountId: string) => ({ moduleKey: 'csi-programme-page', accountId });
const call = async <T>(key: string, payload: unknown, as: string = USERS.csiAdmin) =>
  (await invokeAs<T>(host, frame(as), key, payload)).envelope;
const code = (e: Envelope<unknown>) => (e.ok ? 'ok' : e.error.code);
const read = <T>(fn: () => Promise<T>) => host.runtime.run('test', 'read', undefined, undefined, fn);

async function services(): Promise<ServicesData> {
  const e = await call<ServicesData>('lifecycleSettings.services', {});
  if (!e.ok) throw new Error(e.error.message);
  return e.data;
}
async function workflow(): Promise<WorkflowMapData> {
  const e = await call<WorkflowMapData>('lifecycleSettings.workflow', {});
  if (!e.ok) throw new Error(e.error.message);
  return e.data;
}
const revisionOf = async (key: string) => (await services()).services.find((s) => s.key === key)?.revision ?? 0;
const mapping = (version: number, gates = [{ status: 'In Progress', conditions: ['score-complete'] }]) => ({
  version,
  workflowProject: 'CSI',
  stages: [
    { stage: 'piloting', status: 'In Progress' },
    { stage: 'rejected', status: 'Rejected' },
  ],
  gates,
});

describe('the services catalogue', () => {
  it('shows the seeded services with their owners by name, active ones first', async () => {
    const data = await services();
    expect(data.services.map((s) => [s.key, s.owner.displayName, s.retired])).toEqual([
      ['payroll', 'Vera Lind', false],
      ['service-desk', 'Eli Marsh', false],
      ['vpn', 'Chen Okafor', false],
      ['fax-gateway', 'Eli Marsh', true],
    ]);
  });

  it('adds, renames, changes the owner and retires, each change a new revision of that service', async () => {
    const added = await call<ServicesData>('lifecycleSettings.addService', {
      key: 'email',
      name: 'Email',
      ownerAccountId: USERS.viewer,
    });
    expect(added.ok && added.data.services.find((s) => s.key === 'email')).toMatchObject({
      name: 'Email',
      owner: { accountId: USERS.viewer },
      revision: 1,
      changedBy: { accountId: USERS.csiAdmin },
    });
    const renamed = await call<ServicesData>('lifecycleSettings.updateService', {
      key: 'email',
      revision: 1,
      name: 'Email and calendar',
      ownerAccountId: USERS.editor,
    });
    expect(renamed.ok && renamed.data.services.find((s) => s.key === 'email')).toMatchObject({
      name: 'Email and calendar',
      owner: { accountId: USERS.editor },
      revision: 2,
    });
    const retired = await call<ServicesData>('lifecycleSettings.retireService', { key: 'email', revision: 2 });
    expect(retired.ok && retired.data.services.find((s) => s.key === 'email')).toMatchObject({ retired: true });
    const again = await call('lifecycleSettings.addService', {
      key: 'email',
      name: 'Mail',
      ownerAccountId: USERS.editor,
    });
    expect(again).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fieldErrors: { key: [expect.stringMatching(/retired service Email and calendar; keys are never reused/)] },
      },
    });
  });

  it.each([
    ['an invisible name', { key: 'email', name: '\u200B\u200D', ownerAccountId: USERS.editor }, 'name'],
    ['a key with capitals', { key: 'Email', name: 'Email', ownerAccountId: USERS.editor }, 'key'],
    ['an owner Jira does not know', { key: 'email', name: 'Email', ownerAccountId: 'u-nobody' }, 'ownerAccountId'],
    ['a taken key', { key: 'vpn', name: 'Email', ownerAccountId: USERS.editor }, 'key'],
    ['a name another active service has', { key: 'email', name: 'vpn ACCESS', ownerAccountId: USERS.editor }, 'name'],
  ])('refuses %s with a field error and changes nothing', async (_what, payload, field) => {
    const before = await read(loadServices);
    const answer = await invokeAs(host, frame(USERS.csiAdmin), 'lifecycleSettings.addService', payload);
    expect(answer.envelope).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fieldErrors: { [field]: expect.any(Array) } },
    });
    expect(answer.writes.kvs).toBe(0);
    expect(await read(loadServices)).toEqual(before);
  });

  it('refuses every write to non-CSI admins with the specific refusal, writing nothing', async () => {
    for (const as of [USERS.editor, USERS.viewer, USERS.outsider]) {
      const answer = await invokeAs(host, frame(as), 'lifecycleSettings.addService', {
        key: 'email',
        name: 'Email',
        ownerAccountId: USERS.editor,
      });
      expect(answer.envelope).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Only CSI admins can do this.' },
      });
      expect(answer.writes).toEqual({ kvs: 0, rest: 0 });
    }
    expect((await services()).services.map((s) => s.key)).not.toContain('email');
  });

  it('answers CONFLICT to one of two edits of the same service from the same revision', async () => {
    const revision = await revisionOf('vpn');
    const answers = await Promise.all(
      ['VPN', 'Remote access'].map((name) =>
        call('lifecycleSettings.updateService', { key: 'vpn', revision, name, ownerAccountId: USERS.csiAdmin }),
      ),
    );
    expect(answers.map(code).sort()).toEqual(['CONFLICT', 'ok']);
    expect(await revisionOf('vpn')).toBe(revision + 1);
  });

  it('keeps both of two edits of different services made at once', async () => {
    const [vpn, payroll] = [await revisionOf('vpn'), await revisionOf('payroll')];
    const answers = await Promise.all([
      call('lifecycleSettings.updateService', {
        key: 'vpn',
        revision: vpn,
        name: 'VPN',
        ownerAccountId: USERS.csiAdmin,
      }),
      call('lifecycleSettings.retireService', { key: 'payroll', revision: payroll }),
    ]);
    expect(answers.map(code)).toEqual(['ok', 'ok']);
    const stored = (await read(loadServices)).services;
    expect(stored.find((s) => s.key === 'vpn')?.name).toBe('VPN');
    expect(stored.find((s) => s.key === 'payroll')?.retired).toBe(true);
  });

  it('has one effect for a retried add with the same request id', async () => {
    const payload = { key: 'email', name: 'Email', ownerAccountId: USERS.editor, requestId: 'add-email-0001' };
    const first = await call<ServicesData>('lifecycleSettings.addService', payload);
    const retry = await invokeAs<ServicesData>(host, frame(USERS.csiAdmin), 'lifecycleSettings.addService', payload);
    expect([first.ok, retry.envelope.ok]).toEqual([true, true]);
    expect(retry.writes.kvs).toBe(0);
    expect((await read(loadServices)).services.filter((s) => s.key === 'email')).toHaveLength(1);
  });
});

describe('the workflow mapping', () => {
  it('lists the statuses Jira gives for the project and the seeded mapping', async () => {
    const data = await workflow();
    expect(data).toMatchObject({ version: 1, projectKey: 'CSI' });
    expect(data.statuses).toEqual([
      'To Do',
      'Under Review',
      'Approved',
      'In Progress',
      'Rolling Out',
      'Done',
      'Rejected',
    ]);
    expect(data.gates.map((g) => g.status)).toEqual(['In Progress', 'Rolling Out']);
  });

  it('saves a new version, which the gate reads through gateRulesFor', async () => {
    const saved = await call<WorkflowMapData>('lifecycleSettings.saveWorkflow', mapping(1));
    expect(saved).toMatchObject({ ok: true, data: { version: 2, changedBy: { accountId: USERS.csiAdmin } } });
    const ports = { workflowMap: loadWorkflowMap };
    expect(await read(() => gateRulesFor(ports, 'In Progress'))).toEqual(['score-complete']);
    expect(await read(() => gateRulesFor(ports, 'Rolling Out'))).toEqual([]);
  });

  it.each([
    [
      'a status mapped to two stages',
      {
        ...mapping(1),
        stages: [
          { stage: 'piloting', status: 'In Progress' },
          { stage: 'rolling-out', status: 'In Progress' },
        ],
      },
      'stages.1.status',
      /already mapped to the stage piloting/,
    ],
    [
      'an unknown status',
      { ...mapping(1), stages: [{ stage: 'piloting', status: 'Piloting' }] },
      'stages.0.status',
      /no status "Piloting" in the workflow of CSI/,
    ],
    [
      'an unknown gated status',
      mapping(1, [{ status: 'Launch', conditions: ['score-complete'] }]),
      'gates.0.status',
      /no status "Launch"/,
    ],
    [
      'an unknown condition',
      mapping(1, [{ status: 'In Progress', conditions: ['moon-phase'] }]),
      'gates.0.conditions.0',
      /Unknown gate condition/,
    ],
    [
      'a gate without conditions',
      mapping(1, [{ status: 'In Progress', conditions: [] }]),
      'gates.0.conditions',
      /at least one condition/,
    ],
    [
      'an unknown stage',
      { ...mapping(1), stages: [{ stage: 'launched', status: 'Done' }] },
      'stages.0.stage',
      /lifecycle stages/,
    ],
  ])('refuses %s with a specific error and writes nothing', async (_what, payload, field, message) => {
    const before = await read(loadWorkflowMap);
    const answer = await invokeAs(host, frame(USERS.csiAdmin), 'lifecycleSettings.saveWorkflow', payload);
    expect(answer.envelope).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fieldErrors: { [field]: [expect.stringMatching(message)] } },
    });
    expect(answer.writes.kvs).toBe(0);
    expect(await read(loadWorkflowMap)).toEqual(before);
  });

  it('answers CONFLICT to one of two saves from the same version, and to a save from an old version', async () => {
    const answers = await Promise.all([
      call('lifecycleSettings.saveWorkflow', mapping(1)),
      call('lifecycleSettings.saveWorkflow', mapping(1, [{ status: 'Rolling Out', conditions: ['mvi-passed'] }])),
    ]);
    expect(answers.map(code).sort()).toEqual(['CONFLICT', 'ok']);
    expect((await read(loadWorkflowMap)).version).toBe(2);
    expect(code(await call('lifecycleSettings.saveWorkflow', mapping(1)))).toBe('CONFLICT');
  });

  it('has one effect for a retried save with the same request id', async () => {
    const payload = { ...mapping(1), requestId: 'save-map-0001' };
    expect(code(await call('lifecycleSettings.saveWorkflow', payload))).toBe('ok');
    const retry = await invokeAs<WorkflowMapData>(
      host,
      frame(USERS.csiAdmin),
      'lifecycleSettings.saveWorkflow',
      payload,
    );
    expect(retry.envelope).toMatchObject({ ok: true, data: { version: 2 } });
    expect(retry.writes.kvs).toBe(0);
    expect((await read(loadWorkflowMap)).version).toBe(2);
  });

  it('refuses a save by a non-CSI admin with the specific refusal', async () => {
    const answer = await invokeAs(host, frame(USERS.editor), 'lifecycleSettings.saveWorkflow', mapping(1));
    expect(answer.envelope).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'Only CSI admins can do this.' },
    });
    expect(answer.writes).toEqual({ kvs: 0, rest: 0 });
  });
});
