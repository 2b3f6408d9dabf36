import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { getInitiative } from '../../src/adapters/storage/initiative.repository';
import { loadRescoreJob } from '../../src/adapters/storage/rescore-job.repository';
import { loadSettings } from '../../src/adapters/storage/settings.repository';
import type { PreviewData, ScoringConfigData } from '../../src/contracts/programme.contract';
import { invokeAs, seededHost } from '../support/seeded-host';

/**
 * Issue 8's adversarial findings 3 to 5 and issue 9's no-op save, through the resolvers: a save
 * answers what it saved; the preview shows only issues the reader may browse; nothing is written on
 * an issue whose type takes no part; a save that changes nothing is refused and writes nothing.
 */
let host: LocalHost;
beforeEach(async () => {
  host = await seededHost();
}, 120_000);
afterEach(() => host.close());

const run = <T>(fn: () => Promise<T>) => host.runtime.run('test', 'read', undefined, undefined, fn);
const programme = (accountId: string) => ({ moduleKey: 'csi-programme-page', accountId });
const panel = (accountId: string, issueKey: string) => ({ moduleKey: 'csi-issue-panel', accountId, issueKey });
const opsId = () => String(host.store.issues.find('OPS-1')!.id);

async function currentInput() {
  const { envelope } = await invokeAs<ScoringConfigData>(
    host,
    programme(USERS.csiAdmin),
    'programme.scoringConfig',
    {},
  );
  if (!envelope.ok) throw new Error('programme.scoringConfig failed');
  const { version: _v, changedBy: _b, changedAt: _a, ...config } = envelope.data.config;
  return config;
}

describe('programme.saveConfig', () => {
  it('answers with the configuration it saved and its version (finding 3)', async () => {
    const before = (await run(loadSettings)).config.version;
    const config = await currentInput();
    const changed = { ...config, criteria: config.criteria.map((c) => (c.key === 'risk' ? { ...c, weight: 41 } : c)) };
    const { envelope } = await invokeAs<ScoringConfigData>(host, programme(USERS.csiAdmin), 'programme.saveConfig', {
      config: changed,
      reason: 'Risk weighs more',
    });
    if (!envelope.ok) throw new Error(envelope.error.message);
    expect(envelope.data.config.version).toBe(before + 1);
    expect(envelope.data.config.criteria.find((c) => c.key === 'risk')?.weight).toBe(41);
    expect(envelope.data.config.changedBy?.accountId).toBe(USERS.csiAdmin);
  });

  it('refuses a save that changes nothing: no version, no log entry, no re-score (issue 9 item 7)', async () => {
    const [settings, job] = [await run(loadSettings), await run(loadRescoreJob)];
    const { envelope, writes } = await invokeAs(host, programme(USERS.csiAdmin), 'programme.saveConfig', {
      config: await currentInput(),
      reason: 'Saved again',
    });
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^Nothing changed/) },
    });
    expect(writes).toEqual({ kvs: 0, rest: 0 });
    expect((await run(loadSettings)).config.version).toBe(settings.config.version);
    expect(await run(loadRescoreJob)).toEqual(job);
  });
});

describe('programme.previewConfig', () => {
  it('lists no initiative from a project the CSI admin cannot browse (finding 4)', async () => {
    // Tasks take part, and the OPS team scores one of theirs as high as it goes.
    const config = await currentInput();
    const saved = await invokeAs(host, programme(USERS.siteAdmin), 'programme.saveConfig', {
      config: { ...config, enabledIssueTypes: [...config.enabledIssueTypes, 'Task'] },
      reason: 'Operations tasks take part',
    });
    expect(saved.envelope.ok).toBe(true);
    const ratings = config.criteria.map((c) => ({
      criterionKey: c.key,
      rating: c.direction === 'benefit' ? 5 : 1,
      rationale: 'Top priority',
    }));
    expect((await invokeAs(host, panel(USERS.outsider, 'OPS-1'), 'issuePanel.rate', { ratings })).envelope.ok).toBe(
      true,
    );
    const preview = async (accountId: string) => {
      const { envelope } = await invokeAs<PreviewData>(host, programme(accountId), 'programme.previewConfig', {
        config: { ...config, enabledIssueTypes: [...config.enabledIssueTypes, 'Task'] },
      });
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.data.moves.map((m) => m.issueKey);
    };
    // The site admin browses OPS and sees it in the top 10; the CSI admin does not browse OPS.
    expect(await preview(USERS.siteAdmin)).toContain('OPS-1');
    const seen = await preview(USERS.csiAdmin);
    expect(seen).not.toContain('OPS-1');
    expect(seen.length).toBe(10);
  });
});

describe('writes on an issue whose type takes no part (finding 5)', () => {
  const refused = {
    ok: false,
    error: { code: 'PRECONDITION_FAILED', message: expect.stringMatching(/Task issues do not take part/) },
  };
  const decision = { type: 'pause', rationale: 'Audit', optionsConsidered: [] };
  const cases: Array<[string, string, unknown]> = [
    [USERS.outsider, 'issuePanel.savePlan', { plannedDurationDays: 30, kpi: null }],
    [USERS.outsider, 'issuePanel.postUpdate', { whatChanged: 'a', next: 'b', risks: '', asks: '', rag: 'green' }],
    [USERS.siteAdmin, 'issuePanel.recordDecision', { decision }],
    [USERS.siteAdmin, 'issuePanel.reject', { reasonCategory: 'other', rationale: 'No', optionsConsidered: ['Keep'] }],
  ];
  it.each(cases)('%s: %s is refused and writes nothing', async (accountId, call, payload) => {
    const { envelope, writes } = await invokeAs(host, panel(accountId, 'OPS-1'), call, payload);
    expect(envelope).toMatchObject(refused);
    expect(writes).toEqual({ kvs: 0, rest: 0 });
    expect(await run(() => getInitiative(opsId()))).toBeUndefined();
  });
});
