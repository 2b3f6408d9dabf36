import { kvs, Sort, WhereConditions } from '@forge/kvs';
import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { addInitiatives } from '../../bench/scale';
import { removeInitiative } from '../../src/adapters/storage/initiative.repository';
import { ENTITIES } from '../../src/adapters/storage/keys';
import type { ScoringConfigData } from '../../src/contracts/programme.contract';
import { seededHost } from '../support/seeded-host';

/*
 * Issue 8, "Saving the configuration counts initiatives by paging full records (50 queries at
 * 5,000)": the save reads the number of initiatives (the re-score job's total) from 16 counter
 * shards kept in the transactions that create and remove initiatives, one KVS query at any size
 * (queries return at most 100 entities a page: storage-reference/entities-query). The total must
 * equal a scan of every initiative.
 */
let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
  await addInitiatives(host, 650);
}, 300_000);
afterAll(() => host.close());

const run = <T>(fn: () => Promise<T>) => host.runtime.run('test', 'read', undefined, undefined, fn);
const programme = { moduleKey: 'csi-programme-page', accountId: USERS.csiAdmin };

async function scanned(): Promise<string[]> {
  const ids: string[] = [];
  await run(async () => {
    let cursor: string | undefined;
    do {
      let q = kvs
        .entity(ENTITIES.initiative)
        .query()
        .index('by-id')
        .where(WhereConditions.greaterThan(''))
        .sort(Sort.ASC)
        .limit(100);
      if (cursor) q = q.cursor(cursor);
      const page = await q.getMany();
      ids.push(...page.results.map((r) => r.key));
      cursor = page.nextCursor;
    } while (cursor);
  });
  return ids;
}

async function save(weight: number) {
  const frame = host.frames.create(programme);
  const read = (await host.runner.invokeResolver(frame, 'programme.scoringConfig', {})) as {
    ok: true;
    data: ScoringConfigData;
  };
  const { version: _v, changedBy: _b, changedAt: _a, ...config } = read.data.config;
  const criteria = config.criteria.map((c, i) => (i === 0 ? { ...c, weight } : c));
  const id = host.stats.nextId;
  const answer = (await host.runner.invokeResolver(frame, 'programme.saveConfig', {
    config: { ...config, criteria },
    reason: 'Count test',
  })) as { ok: boolean; data: ScoringConfigData };
  const stats = host.stats.byId(id);
  await host.settle();
  return { answer, stats };
}

describe('a configuration save with many initiatives', () => {
  it('counts them exactly in one KVS query, not one per 100 records', async () => {
    const { answer, stats } = await save(3);
    expect(answer.ok).toBe(true);
    const all = await scanned();
    expect(all.length).toBeGreaterThan(650);
    expect(answer.data.rescore?.total).toBe(all.length);
    // The count is the only query of a save, one at any size (paging was one per 100 records).
    expect(stats?.kvsQueries).toBe(1);
  }, 300_000);

  it('stays exact after an initiative is removed (the count changes in the same transaction)', async () => {
    const [first] = await scanned();
    await run(() => removeInitiative(first!, { issueKey: 'CSI-0', deletedAt: new Date().toISOString() }));
    const { answer } = await save(4);
    expect(answer.ok).toBe(true);
    expect(answer.data.rescore?.total).toBe((await scanned()).length);
  }, 300_000);
});
