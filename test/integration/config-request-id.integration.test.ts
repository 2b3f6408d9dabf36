import { kvs, Sort, WhereConditions } from '@forge/kvs';
import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { loadRescoreJob } from '../../src/adapters/storage/rescore-job.repository';
import { loadSettings } from '../../src/adapters/storage/settings.repository';
import type { Envelope } from '../../src/contracts/envelope';
import type { ScoringConfigData } from '../../src/contracts/programme.contract';
import { invokeAs, seededHost } from '../support/seeded-host';

/**
 * The configuration save with a client request id: the id commits with the settings; a retry with
 * the same id saves nothing again and completes the decision and the re-score the first call did
 * not finish (issue 8, "Why": saveConfig saved, then appended, then queued, with no recovery).
 */
let host: LocalHost;
beforeEach(async () => {
  host = await seededHost();
}, 120_000);
afterEach(() => host.close());

const programme = { moduleKey: 'csi-programme-page', accountId: USERS.csiAdmin };
const run = <T>(fn: () => Promise<T>) => host.runtime.run('test', 'read', undefined, undefined, fn);

/** The decision-log entries recording configuration version `version`, read from the entity. */
async function configDecisions(version: number): Promise<number> {
  return run(async () => {
    let count = 0;
    let cursor: string | undefined;
    do {
      let query = kvs
        .entity<{ type: string; entry: unknown }>('decision')
        .query()
        .index('by-seq')
        .where(WhereConditions.greaterThan(0))
        .sort(Sort.ASC)
        .limit(100);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany();
      for (const { value } of page.results) {
        const text = JSON.stringify(value.entry);
        if (value.type === 'scoring-config-changed' && text.includes(`"toVersion":${version}`)) count += 1;
      }
      cursor = page.nextCursor;
    } while (cursor);
    return count;
  });
}

async function input(riskWeight: number) {
  const { envelope } = await invokeAs<ScoringConfigData>(host, programme, 'programme.scoringConfig', {});
  if (!envelope.ok) throw new Error('programme.scoringConfig failed');
  const { version: _v, changedBy: _b, changedAt: _a, ...config } = envelope.data.config;
  return { ...config, criteria: config.criteria.map((c) => (c.key === 'risk' ? { ...c, weight: riskWeight } : c)) };
}

describe('programme.saveConfig with a request id', () => {
  it('saves once: a retry with the same id writes nothing and answers ok', async () => {
    const before = (await run(loadSettings)).config.version;
    const payload = { config: await input(44), reason: 'Risk matters more', requestId: 'cfg-save-0001' };
    expect((await invokeAs(host, programme, 'programme.saveConfig', payload)).envelope.ok).toBe(true);
    const retry = await invokeAs(host, programme, 'programme.saveConfig', payload);
    expect(retry.envelope.ok).toBe(true);
    expect(retry.writes.kvs).toBe(0);
    expect((await run(loadSettings)).config.version).toBe(before + 1);
    expect(await configDecisions(before + 1)).toBe(1);
  });

  it('under storage faults, retried with the same id until it answers ok, is one version, one decision and one re-score', async () => {
    const before = (await run(loadSettings)).config.version;
    const payload = { config: await input(47), reason: 'Risk matters more', requestId: 'cfg-save-0002' };
    host.runtime.setKnobs({ kvsFaultRate: 0.3 });
    const answers: string[] = [];
    for (let i = 0; i < 30 && answers.at(-1) !== 'ok'; i += 1) {
      const e = (await host.runner.invokeResolver(
        host.frames.create(programme),
        'programme.saveConfig',
        payload,
      )) as Envelope<unknown>;
      answers.push(e.ok ? 'ok' : e.error.code);
    }
    host.runtime.setKnobs({ kvsFaultRate: 0 });
    expect((await invokeAs(host, programme, 'programme.saveConfig', payload)).envelope.ok).toBe(true);
    await host.settle();
    expect(answers).not.toContain('CONFLICT');
    expect((await run(loadSettings)).config.version).toBe(before + 1);
    expect(await configDecisions(before + 1)).toBe(1);
    expect(await run(loadRescoreJob)).toMatchObject({ configVersion: before + 1, status: 'done' });
  }, 60_000);
});
