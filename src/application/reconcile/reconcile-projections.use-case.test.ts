import type { InitiativeRecord } from '../initiative-record';
import { reconcileProjections, type Inspection, type ReconcilePorts } from './reconcile-projections.use-case';
import type { ReconcileRun } from './reconcile-run';

const record = (n: number) => ({ issueId: String(1000 + n), issueKey: `CSI-${n}`, revision: 1 }) as InitiativeRecord;

/** In-memory ports over `count` initiatives; `tampered` ids drift, `stop` says when the run must stop. */
function ports(count: number, tampered: Set<string>, saved: ReconcileRun[], stop: () => string | null = () => null) {
  const all = Array.from({ length: count }, (_, i) => record(i + 1));
  const repaired: string[] = [];
  const p: ReconcilePorts = {
    cursor: () => Promise.resolve(saved[saved.length - 1]?.cursor ?? ''),
    page: (after, limit) => {
      const rest = all.filter((r) => r.issueId > after).slice(0, limit);
      return Promise.resolve({
        records: rest,
        full: rest.length === limit,
        lastIssueId: rest[rest.length - 1]?.issueId ?? after,
      });
    },
    inspect: (records) =>
      Promise.resolve(
        records.map((r): Inspection => ({ issueId: r.issueId, drift: tampered.has(r.issueId) ? 'property' : null })),
      ),
    refresh: () => Promise.resolve(false),
    repair: (r) => {
      repaired.push(r.issueKey);
      return Promise.resolve(true);
    },
    requestDrain: () => Promise.resolve(),
    save: (run) => {
      saved.push(run);
      return Promise.resolve();
    },
    last: () => Promise.resolve(saved[saved.length - 1]),
    mustStop: stop,
  };
  return { p, repaired };
}

describe('reconcileProjections', () => {
  it('covers the portfolio in bounded slices and starts again after the last initiative', async () => {
    const saved: ReconcileRun[] = [];
    const { p, repaired } = ports(250, new Set(['1005', '1150', '1249']), saved);
    const limits = { pageSize: 50, perRun: 100 };
    const runs = [];
    for (let i = 0; i < 3; i += 1) runs.push(await reconcileProjections(p, limits, `t${i}`));
    expect(runs.map((r) => [r.startedFrom, r.checked, r.cursor])).toEqual([
      ['', 100, '1100'],
      ['1100', 100, '1200'],
      ['1200', 50, ''],
    ]);
    expect(repaired).toEqual(['CSI-5', 'CSI-150', 'CSI-249']);
    expect(runs[2]!.recentRepairs.map((r) => r.issueKey)).toEqual(['CSI-249', 'CSI-150', 'CSI-5']);
  });

  it('keeps its place when Jira cannot be read', async () => {
    const saved: ReconcileRun[] = [];
    const { p } = ports(120, new Set(), saved);
    p.inspect = () => Promise.resolve(null);
    const run = await reconcileProjections(p, { pageSize: 50, perRun: 100 }, 't');
    expect(run).toMatchObject({ checked: 0, cursor: '', stoppedBecause: 'Jira could not be read' });
  });
});
