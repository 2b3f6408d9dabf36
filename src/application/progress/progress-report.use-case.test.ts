import { defaultScoringConfig } from '../../domain/scoring/default-scoring-config';
import type { InitiativeRecord } from '../initiative-record';
import { configDraft, pauseDraft } from '../testing/decision-drafts';
import { ratedInitiative } from '../testing/initiative-builder';
import { MemoryDecisions } from '../testing/memory-decisions';
import { MemoryInitiatives } from '../testing/memory-initiatives';
import { memoryPortfolio, byScore } from '../testing/memory-portfolio';
import { MemoryRequests } from '../testing/memory-requests';
import { progressReport, type ProgressReportPorts } from './progress-report.use-case';

const config = defaultScoringConfig();
const NOW = '2026-12-02T12:00:00.000Z';
const ACTOR = { accountId: 'u-csi-admin', displayName: 'Chen Okafor' };

/** The report's ports over stored initiatives and a decision log; decisions are counted up to `countLimit`. */
function world(records: InitiativeRecord[], options: { hidden?: string[]; countLimit?: number } = {}) {
  const requests = new MemoryRequests();
  const initiatives = new MemoryInitiatives(requests);
  records.forEach((r) => initiatives.put(r));
  const decisions = new MemoryDecisions(requests);
  const portfolio = memoryPortfolio(initiatives, () => config, options.hidden ?? []);
  const asked: string[] = [];
  let pulled = 0;
  const ports: ProgressReportPorts = {
    browsable: portfolio.browsable,
    config: portfolio.config,
    activeClasses: portfolio.activeClasses,
    async *initiatives(projectKey) {
      // Page by page, best first, as the repository reads them.
      for (const record of initiatives
        .all()
        .filter((r) => r.projectKey === projectKey)
        .sort(byScore)) {
        pulled += 1;
        yield await Promise.resolve(record);
      }
    },
    decisionsSince: (projectKey, from) => {
      asked.push(from);
      const limit = options.countLimit ?? Infinity;
      const count = decisions.stored.filter(
        (s) => [projectKey, '*'].includes(String(s.index.projectKey)) && String(s.index.at) >= from,
      ).length;
      return Promise.resolve({ count: Math.min(count, limit), lowerBound: count >= limit });
    },
  };
  return { ports, decisions, asked, pulled: () => pulled };
}

const req = (over: Partial<Parameters<typeof progressReport>[1]> = {}) => ({
  project: 'CSI',
  statuses: [],
  classes: [],
  periodDays: 30,
  now: NOW,
  ...over,
});

describe('progressReport', () => {
  it('tells the stage a reader thinks in from the status category and a rejection', async () => {
    const rejection = { seq: 1, reasonCategory: 'duplicate', rationale: 'x', at: 'x', actor: ACTOR };
    const w = world([
      ratedInitiative(1, config, 3),
      ratedInitiative(2, config, 3, { facts: { statusCategory: 'indeterminate', status: 'Piloting' } }),
      ratedInitiative(3, config, 3, { facts: { statusCategory: 'done', status: 'Done' } }),
      ratedInitiative(4, config, 3, { change: { rejection } }),
    ]);
    const report = await progressReport(w.ports, req());
    const stages = Object.fromEntries(report.initiatives.map((c) => [c.issueKey, c.stage]));
    expect(stages).toEqual({ 'CSI-1': 'Proposed', 'CSI-2': 'In delivery', 'CSI-3': 'Done', 'CSI-4': 'Rejected' });
    expect(report.header.countsByStage).toEqual({ Proposed: 1, 'In delivery': 1, Done: 1, Rejected: 1 });
  });

  it('lists and counts only the initiatives the reader may browse', async () => {
    const w = world(
      [1, 2, 3].map((n) => ratedInitiative(n, config, n)),
      { hidden: ['10002'] },
    );
    const report = await progressReport(w.ports, req());
    expect(report.initiatives.map((c) => c.issueKey).sort()).toEqual(['CSI-1', 'CSI-3']);
    expect(report.header.countsByStage).toEqual({ Proposed: 2 });
  });

  it('keeps only the statuses and classes asked for', async () => {
    const records = [1, 2, 3, 4].map((n) =>
      ratedInitiative(n, config, n, { facts: { status: n % 2 ? 'To Do' : 'Piloting' } }),
    );
    const w = world(records);
    const byStatus = await progressReport(w.ports, req({ statuses: ['Piloting'] }));
    expect(byStatus.initiatives.map((c) => c.issueKey).sort()).toEqual(['CSI-2', 'CSI-4']);
    const cls = records[0]?.computed.initiativeClass ?? 'standard';
    const byClass = await progressReport(w.ports, req({ classes: [cls] }));
    expect(byClass.initiatives.every((c) => c.initiativeClass === cls)).toBe(true);
    expect(byClass.initiatives.map((c) => c.issueKey)).toContain('CSI-1');
  });

  it('lists at most 200 initiatives, and stops reading the project once it has them', async () => {
    const w = world(Array.from({ length: 600 }, (_, i) => ratedInitiative(i + 1, config, 1 + (i % 5))));
    expect((await progressReport(w.ports, req())).initiatives).toHaveLength(200);
    expect(w.pulled()).toBeLessThan(600);
  });

  it('counts the decisions of the period (project and configuration-wide), and says when the count is a lower bound', async () => {
    const w = world([], { countLimit: 3 });
    await w.decisions.append(pauseDraft('CSI-1'), ACTOR, '2026-10-01T00:00:00.000Z');
    await w.decisions.append(pauseDraft('CSI-1'), ACTOR, '2026-11-20T00:00:00.000Z');
    await w.decisions.append(configDraft(1), ACTOR, '2026-11-21T00:00:00.000Z');
    await w.decisions.append(pauseDraft('OPS-1'), ACTOR, '2026-11-22T00:00:00.000Z');
    const report = await progressReport(w.ports, req({ periodDays: 30 }));
    expect(w.asked).toEqual(['2026-11-02T12:00:00.000Z']);
    expect(report.header).toMatchObject({ decisionsInPeriod: 2, decisionsInPeriodLowerBound: false });
    await w.decisions.append(pauseDraft('CSI-2'), ACTOR, '2026-11-23T00:00:00.000Z');
    await w.decisions.append(pauseDraft('CSI-3'), ACTOR, '2026-11-24T00:00:00.000Z');
    expect((await progressReport(w.ports, req())).header).toMatchObject({
      decisionsInPeriod: 3,
      decisionsInPeriodLowerBound: true,
    });
  });

  it("shows each initiative's KPI with its baseline, current value and target, and its latest update", async () => {
    const kpi = { name: 'MTTR (h)', direction: 'decrease' as const, baseline: 10, expected: 7, thresholdPct: null };
    const update = {
      id: 'u1',
      at: NOW,
      author: ACTOR,
      whatChanged: 'a',
      next: 'b',
      risks: 'c',
      asks: 'd',
      rag: 'green' as const,
    };
    const w = world([
      ratedInitiative(1, config, 3, {
        change: { plan: { plannedDurationDays: 30, kpi }, kpiCurrent: 8, latestUpdate: update },
      }),
      ratedInitiative(2, config, 3),
    ]);
    const report = await progressReport(w.ports, req());
    const card = report.initiatives.find((c) => c.issueKey === 'CSI-1');
    expect(card?.kpi).toMatchObject({ name: 'MTTR (h)', baseline: 10, current: 8, target: 7 });
    expect(card?.latestUpdate).toEqual(update);
    expect(report.initiatives.find((c) => c.issueKey === 'CSI-2')?.kpi).toBeNull();
  });
});
