import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { loadSettings } from '../../src/adapters/storage/settings.repository';
import type { ScoringConfigData } from '../../src/contracts/programme.contract';
import type { Envelope } from '../../src/contracts/envelope';
import { seededHost } from '../support/seeded-host';

/**
 * Two admins saving at once lose nothing (issue 8, "Why" finding 2): the settings are one entity
 * saved in a transaction conditional on the revision read, so `admin.setCsiAdmins` racing
 * `programme.saveConfig` keeps both changes, two configuration saves at once give one save and one
 * CONFLICT, and the stored version never falls behind (a later save works, also after faults).
 */
let host: LocalHost;
beforeEach(async () => {
  host = await seededHost();
}, 120_000);
afterEach(() => host.close());

const programme = { moduleKey: 'csi-programme-page', accountId: USERS.csiAdmin };
const adminPage = { moduleKey: 'csi-admin-page', accountId: USERS.siteAdmin };
const invoke = <T>(frame: { moduleKey: string; accountId: string }, key: string, payload: unknown) =>
  host.runner.invokeResolver(host.frames.create(frame), key, payload) as Promise<Envelope<T>>;
const stored = () => host.runtime.run('test', 'read', undefined, undefined, loadSettings);

async function configInput(riskWeight: number) {
  const current = await invoke<ScoringConfigData>(programme, 'programme.scoringConfig', {});
  if (!current.ok) throw new Error('programme.scoringConfig failed');
  const { version: _v, changedBy: _b, changedAt: _a, ...config } = current.data.config;
  return { ...config, criteria: config.criteria.map((c) => (c.key === 'risk' ? { ...c, weight: riskWeight } : c)) };
}

describe('saving the settings at the same time', () => {
  it('keeps a CSI-admin change and a configuration change made at once', async () => {
    const config = await configInput(45);
    const [saved, admins] = await Promise.all([
      invoke(programme, 'programme.saveConfig', { config, reason: 'Risk matters more' }),
      invoke(adminPage, 'admin.setCsiAdmins', { accountIds: [USERS.csiAdmin, USERS.editor] }),
    ]);
    expect([saved.ok, admins.ok]).toEqual([true, true]);
    await host.settle();
    const settings = await stored();
    expect(settings.csiAdmins).toEqual([USERS.csiAdmin, USERS.editor]);
    expect(settings.config.criteria.find((c) => c.key === 'risk')?.weight).toBe(45);
  });

  it('answers CONFLICT to one of two configuration saves from the same version, and a later save works', async () => {
    const [a, b] = await Promise.all([configInput(41), configInput(42)]);
    const answers = await Promise.all([
      invoke(programme, 'programme.saveConfig', { config: a, reason: 'First admin' }),
      invoke(programme, 'programme.saveConfig', { config: b, reason: 'Second admin' }),
    ]);
    await host.settle();
    expect(answers.map((e) => (e.ok ? 'ok' : e.error.code)).sort()).toEqual(['CONFLICT', 'ok']);
    const before = await stored();
    const again = await invoke(programme, 'programme.saveConfig', { config: await configInput(43), reason: 'Later' });
    expect(again.ok).toBe(true);
    expect((await stored()).config.version).toBe(before.config.version + 1);
  });

  it('is never left behind by saves under storage faults: with faults off every save works', async () => {
    const base = await configInput(30);
    const withRisk = (weight: number) => ({
      ...base,
      criteria: base.criteria.map((c) => (c.key === 'risk' ? { ...c, weight } : c)),
    });
    host.runtime.setKnobs({ kvsFaultRate: 0.3 });
    for (let i = 0; i < 20; i += 1) {
      await Promise.all([
        invoke(programme, 'programme.saveConfig', { config: withRisk(31 + i), reason: `Under faults ${i}` }),
        invoke(adminPage, 'admin.setCsiAdmins', { accountIds: [USERS.csiAdmin] }),
      ]);
    }
    host.runtime.setKnobs({ kvsFaultRate: 0 });
    await host.settle();
    const saved = await invoke(programme, 'programme.saveConfig', {
      config: await configInput(55),
      reason: 'Faults off',
    });
    expect(saved).toMatchObject({ ok: true });
    expect((await stored()).config.criteria.find((c) => c.key === 'risk')?.weight).toBe(55);
  }, 60_000);
});
