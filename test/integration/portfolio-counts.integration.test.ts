import { kvs, Sort, WhereConditions } from '@forge/kvs';
import type { LocalHost } from '../../local/host';
import { addInitiatives } from '../../bench/scale';
import { allInitiatives } from '../../src/adapters/storage/initiative.queries';
import { loadPortfolioCounts } from '../../src/adapters/storage/portfolio-stats.repository';
import { isActive } from '../../src/application/initiative-record';
import { seededHost } from '../support/seeded-host';

/**
 * Issue 8, "portfolio counts that stay within limits at 50,000 initiatives per project": the counts
 * per class live in a fixed number of small shard entries (the platform refuses a value over
 * 240 KiB: storage-reference/entities-api), exact against a scan of the initiatives.
 */
let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
  await addInitiatives(host, 400);
}, 300_000);
afterAll(() => host.close());

const run = <T>(fn: () => Promise<T>) => host.runtime.run('test', 'read', undefined, undefined, fn);

describe('portfolio counts', () => {
  it('are exact: the counts per class equal a scan of the active initiatives', async () => {
    const scanned: Record<string, number> = {};
    await run(async () => {
      for await (const r of allInitiatives('CSI')) {
        if (isActive(r)) scanned[r.computed.initiativeClass] = (scanned[r.computed.initiativeClass] ?? 0) + 1;
      }
    });
    const counts = await run(() => loadPortfolioCounts('CSI'));
    expect(Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0))).toEqual(scanned);
  }, 120_000);

  it('stay in at most 16 entries of under 1 KiB each, whatever the number of initiatives', async () => {
    const page = await run(() =>
      kvs
        .entity<Record<string, unknown>>('portfolio-stats')
        .query()
        .index('by-project', { partition: ['CSI'] })
        .where(WhereConditions.greaterThanEqualTo(0))
        .sort(Sort.ASC)
        .limit(100)
        .getMany(),
    );
    expect(page.results.length).toBeGreaterThan(0);
    expect(page.results.length).toBeLessThanOrEqual(16);
    for (const r of page.results) expect(Buffer.byteLength(JSON.stringify(r.value))).toBeLessThan(1024);
  }, 120_000);
});
