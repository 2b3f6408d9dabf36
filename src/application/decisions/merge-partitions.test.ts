import type { DecisionQueryPort, PartitionPageQuery } from './decision-log-page.use-case';
import { decisionLogPage } from './decision-log-page.use-case';

interface Row {
  seq: number;
  partition: string;
  match: boolean;
  hidden: boolean;
}

const entry = (r: Row) => ({
  seq: r.seq,
  type: 'pause',
  subject:
    r.partition === '*'
      ? null
      : { issueKey: `${r.partition}-${r.seq}`, issueId: String(r.seq), projectKey: r.partition },
  summary: r.match ? 'needle' : 'hay',
  rationale: '',
  optionsConsidered: [],
  payload: {},
  actor: 'a',
  at: '2026-01-01T00:00:00.000Z',
  prevHash: '',
  hash: '',
});

/**
 * An in-memory store that behaves like the platform's: a page reads `limit` rows of the
 * partition (newest first, below `beforeSeq`) and then filters them, so it can be short or empty
 * with a cursor. The cursor is the position after the last row read.
 */
function fakeStore(rows: Row[]): DecisionQueryPort & { reads: number } {
  const port = {
    reads: 0,
    queryPartition(q: PartitionPageQuery) {
      port.reads += 1;
      const all = rows
        .filter((r) => r.partition === q.partition && r.seq < (q.beforeSeq ?? Infinity))
        .sort((a, b) => b.seq - a.seq);
      const start = q.cursor ? Number(q.cursor) : 0;
      const window = all.slice(start, start + q.limit);
      const items = window.filter((r) => !q.search || r.match).map((r) => ({ entry: entry(r), index: undefined }));
      const next = start + q.limit < all.length ? String(start + q.limit) : undefined;
      return Promise.resolve(next ? { items, cursor: next } : { items });
    },
    verification: () => Promise.resolve(undefined),
    head: () => Promise.resolve({ state: 'missing' as const }),
    witness: () => Promise.resolve({ state: 'missing' as const }),
    browsable: (ids: readonly string[]) =>
      Promise.resolve(new Set(ids.filter((id) => !rows.find((r) => String(r.seq) === id)?.hidden))),
  };
  return port;
}

/** A deterministic pseudo-random sequence (no clock, no Math.random). */
function lcg(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

describe('decisionLogPage over partitions whose filtered pages are short or empty', () => {
  it.each([
    [1, 3000, 0.01],
    [2, 3000, 0.01],
    [3, 3000, 0.05],
    [4, 600, 0.3],
    [5, 9000, 0.001],
    [6, 9000, 0.001],
    [7, 9000, 0.0005],
    [8, 9000, 0],
  ])('finds every visible match once, newest first (seed %i, %i rows, match rate %f)', async (seed, count, rate) => {
    const random = lcg(seed);
    const partitions = ['A', 'B', '*'];
    const rows: Row[] = Array.from({ length: count }, (_, i) => ({
      seq: i + 1,
      partition: partitions[Math.floor(random() * 3)] as string,
      match: random() < rate,
      hidden: random() < 0.3,
    }));
    const store = fakeStore(rows);
    const expected = rows
      .filter((r) => r.match && (r.partition === '*' || !r.hidden))
      .map((r) => r.seq)
      .sort((a, b) => b - a);
    const seen: number[] = [];
    let cursor: string | undefined;
    let emptyPagesWithCursor = 0;
    for (let calls = 0; calls < 500; calls += 1) {
      const page = await decisionLogPage(store, {
        projects: ['A', 'B'],
        hiddenProjects: 0,
        search: 'needle',
        pageSize: 5,
        cursor,
      });
      expect(page.entries.length).toBeLessThanOrEqual(5);
      seen.push(...page.entries.map((e) => e.seq));
      cursor = page.nextCursor ?? undefined;
      if (!cursor) break;
      if (page.entries.length === 0) emptyPagesWithCursor += 1;
      expect(cursor.length).toBeLessThanOrEqual(2000);
    }
    expect(cursor).toBeUndefined();
    expect(seen).toEqual(expected);
    if (count > 3000) expect(emptyPagesWithCursor).toBeGreaterThan(0);
  });

  it('reads a partition again from the seq when its carried store cursor is refused', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ seq: i + 1, partition: 'A', match: i === 0, hidden: false }));
    const store = fakeStore(rows);
    const strict = {
      ...store,
      queryPartition: (q: PartitionPageQuery) =>
        q.cursor && !/^\d+$/.test(q.cursor) ? Promise.reject(new Error('INVALID_CURSOR')) : store.queryPartition(q),
    };
    const forged = `40.${Buffer.from(JSON.stringify({ A: 'forged' })).toString('base64url')}`;
    const page = await decisionLogPage(strict, {
      projects: ['A'],
      hiddenProjects: 0,
      search: 'needle',
      pageSize: 5,
      cursor: forged,
    });
    expect(page.entries.map((e) => e.seq)).toEqual([1]);
  });

  it('reads one page per partition when the first pages hold enough', async () => {
    const rows = Array.from({ length: 90 }, (_, i) => ({
      seq: i + 1,
      partition: i % 2 ? 'A' : '*',
      match: true,
      hidden: false,
    }));
    const store = fakeStore(rows);
    const page = await decisionLogPage(store, { projects: ['A'], hiddenProjects: 0, pageSize: 10 });
    expect(page.entries.map((e) => e.seq)).toEqual([90, 89, 88, 87, 86, 85, 84, 83, 82, 81]);
    expect(page.nextCursor).toBe('81');
    expect(store.reads).toBe(2);
  });
});
