import { defaultScoringConfig } from '../../domain/scoring/default-scoring-config';
import type { InitiativeRecord } from '../initiative-record';
import { ratedInitiative } from '../testing/initiative-builder';
import { MemoryInitiatives } from '../testing/memory-initiatives';
import { memoryPortfolio } from '../testing/memory-portfolio';
import { MemoryRequests } from '../testing/memory-requests';
import { portfolioPage } from './portfolio-page.use-case';

const config = defaultScoringConfig();

/** Initiatives 1..count of CSI, initiative n rated `1 + n % 5` everywhere, and two of OPS. */
function world(count: number, change: (n: number) => Partial<InitiativeRecord> = () => ({}), hidden: string[] = []) {
  const initiatives = new MemoryInitiatives(new MemoryRequests());
  for (let n = 1; n <= count; n += 1) initiatives.put(ratedInitiative(n, config, 1 + (n % 5), { change: change(n) }));
  for (const n of [901, 902])
    initiatives.put(ratedInitiative(n, config, 5, { facts: { projectKey: 'OPS', key: `OPS-${n}` } }));
  return { initiatives, port: memoryPortfolio(initiatives, () => config, hidden) };
}

const req = (over: Partial<Parameters<typeof portfolioPage>[1]> = {}) => ({
  projectKey: 'CSI',
  filters: {},
  limit: 5,
  ...over,
});

describe('portfolioPage', () => {
  it("ranks the project's initiatives by score, highest first, and none of another project", async () => {
    const w = world(8);
    const page = await portfolioPage(w.port, req({ limit: 20 }));
    const scores = page.rows.map((r) => r.score ?? -1);
    expect(page.rows).toHaveLength(8);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(page.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(page.rows.every((r) => r.issueKey.startsWith('CSI-'))).toBe(true);
    expect(page.nextCursor).toBeNull();
  });

  it('fills a page across short filtered store pages, and the cursor continues the ranks with no row twice', async () => {
    const w = world(30, (n) => ({ status: n % 4 === 0 ? 'In Progress' : 'To Do' }));
    const first = await portfolioPage(w.port, req({ filters: { status: 'In Progress' }, limit: 4 }));
    expect(first.rows).toHaveLength(4);
    expect(first.rows.every((r) => r.status === 'In Progress')).toBe(true);
    const second = await portfolioPage(
      w.port,
      req({ filters: { status: 'In Progress' }, limit: 4, cursor: first.nextCursor ?? undefined }),
    );
    expect(second.rows.map((r) => r.rank)).toEqual([5, 6, 7]);
    const keys = [...first.rows, ...second.rows].map((r) => r.issueKey);
    expect(new Set(keys).size).toBe(7);
    expect(second.nextCursor).toBeNull();
  });

  it('drops issues the reader may not browse, ranking only what they see', async () => {
    const w = world(6, () => ({}), ['10001', '10002']);
    const page = await portfolioPage(w.port, req({ limit: 20 }));
    expect(page.rows.map((r) => r.issueId)).not.toContain('10001');
    expect(page.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4]);
  });

  it('leaves rejected and done initiatives out of the balance', async () => {
    const plain = await portfolioPage(world(6).port, req());
    const withClosed = world(6);
    withClosed.initiatives.put(ratedInitiative(20, config, 1, { change: { statusCategory: 'done' } }));
    const rejection = {
      seq: 1,
      reasonCategory: 'duplicate',
      rationale: 'x',
      at: 'x',
      actor: { accountId: 'a', displayName: 'A' },
    };
    withClosed.initiatives.put(ratedInitiative(21, config, 1, { change: { rejection } }));
    const page = await portfolioPage(withClosed.port, req());
    expect(page.balance).toEqual(plain.balance);
    expect(page.balance.activeCount).toBe(6);
  });

  it('starts from the first rank on a cursor it did not hand out', async () => {
    const w = world(3);
    const page = await portfolioPage(w.port, req({ cursor: 'garbage' }));
    expect(page.rows.map((r) => r.rank)).toEqual([1, 2, 3]);
  });
});
