import { defaultScoringConfig } from '../../domain/scoring/default-scoring-config';
import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import type { InitiativeRecord } from '../initiative-record';
import { newInitiative } from '../scoring/new-initiative';
import { rescoreBatch, STOP_RESERVE_MS, type RescorePorts } from './rescore-batch.use-case';
import { RESCORE_PAGE, type RescoreEvent, type RescoreJob } from './rescore-job';

/**
 * In-memory ports: records in issue-id order (the by-id index), a job record, a queue that keeps
 * what is pushed. `budgetRecords`: how many initiatives an invocation has time for. `failAt`:
 * issue keys whose write throws.
 */
function world(count: number, options: { budgetRecords?: number; failAt?: string[] } = {}) {
  const v1 = defaultScoringConfig();
  const config: ScoringConfig = { ...v1, version: v1.version + 1 };
  const records = new Map<string, InitiativeRecord>();
  const ids: string[] = [];
  for (let i = 1; i <= count; i++) {
    const id = String(1_000_000 + i);
    const facts = {
      id,
      key: `CSI-${i}`,
      projectKey: 'CSI',
      summary: `I${i}`,
      status: 'To Do',
      statusCategory: 'new',
      issueType: 'Improvement',
      owner: null,
    };
    const record = newInitiative(facts, v1);
    records.set(id, {
      ...record,
      projected: { field: record.computed.score, property: `v${v1.version}` },
      revision: 1,
    });
    ids.push(id);
  }
  let job: RescoreJob = {
    jobId: 'job-1',
    configVersion: config.version,
    status: 'running',
    total: count,
    done: 0,
    changed: 0,
    failed: 0,
    startedAt: '2026-11-02T10:00:00.000Z',
    finishedAt: null,
    batchesDone: 0,
    lastIssueId: '',
  };
  const pushed: Array<{ event: RescoreEvent; delaySeconds: number }> = [];
  const writes: string[] = [];
  const pages: number[] = [];
  let worked = 0;
  const firstAfter = (after: string) => {
    let [lo, hi] = [0, ids.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ids[mid]! > after) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const ports: RescorePorts = {
    config: () => Promise.resolve(config),
    job: () => Promise.resolve(job),
    saveJob: (next) => {
      job = next;
      return Promise.resolve();
    },
    batch: (after, limit) => {
      pages.push(limit);
      const from = firstAfter(after);
      return Promise.resolve(ids.slice(from, from + limit).map((id) => records.get(id)!));
    },
    initiatives: {
      get: (id) => Promise.resolve(records.get(id)),
      // As the repository does: a changed score goes to the projection outbox with the record.
      update: async (id, mutate) => {
        const next = await mutate(records.get(id)!);
        if (!next) return records.get(id);
        if (options.failAt?.includes(next.issueKey)) throw new Error('storage refused');
        writes.push(next.issueKey);
        const projected = { field: next.computed.score, property: `v${next.computed.configVersion}` };
        records.set(id, { ...next, projected, revision: next.revision + 1 });
        return records.get(id);
      },
    },
    projection: { isCurrent: (r) => r.projected?.property === `v${r.computed.configVersion}` },
    remainingMs: () =>
      options.budgetRecords !== undefined && worked++ >= options.budgetRecords ? STOP_RESERVE_MS - 1 : 60_000,
    next: (event, delaySeconds) => {
      pushed.push({ event, delaySeconds });
      return Promise.resolve();
    },
    now: () => '2026-11-02T10:29:13.000Z',
  };
  const actor = { accountId: 'u-csi-admin', displayName: 'Chen Okafor' };
  const event = (batch: number): RescoreEvent => ({
    jobId: 'job-1',
    configVersion: config.version,
    batch,
    afterIssueId: '',
    actor,
  });
  /** A new invocation, with its own time budget. */
  const deliver = (e: RescoreEvent) => {
    worked = 0;
    return rescoreBatch(ports, e);
  };
  /** Delivers the first event and every event it chains, as the queue would. */
  const runChain = async () => {
    let outcome = await deliver(event(0));
    while (outcome === 'continued') outcome = await deliver(pushed[pushed.length - 1]!.event);
    return outcome;
  };
  return {
    records: () => [...records.values()],
    job: () => job,
    pushed,
    writes,
    pages,
    event,
    deliver,
    runChain,
    config,
  };
}

const rescoredRows = (r: InitiativeRecord) => r.history.filter((h) => h.change.startsWith('Re-scored')).length;

describe('rescoreBatch', () => {
  it('re-scores every initiative in one event when time allows (not 25 per event)', async () => {
    const w = world(260);
    expect(await w.deliver(w.event(0))).toBe('done');
    expect(w.job()).toMatchObject({ status: 'done', done: 260, changed: 260, failed: 0 });
    expect(w.pushed).toEqual([]);
    expect(w.pages.every((limit) => limit === RESCORE_PAGE)).toBe(true);
    expect(w.records().every((r) => r.computed.configVersion === w.config.version && rescoredRows(r) === 1)).toBe(true);
  });

  it('stops before its time runs out and queues one event for the rest at once', async () => {
    const w = world(400, { budgetRecords: 150 });
    expect(await w.deliver(w.event(0))).toBe('continued');
    expect(w.pushed).toEqual([
      { event: expect.objectContaining({ batch: 1, afterIssueId: '1000150' }), delaySeconds: 0 },
    ]);
    expect(w.job()).toMatchObject({ done: 150, batchesDone: 1, lastIssueId: '1000150' });
  });

  it('resumes where the last event stopped, re-scoring each initiative once', async () => {
    const w = world(400, { budgetRecords: 150 });
    expect(await w.runChain()).toBe('done');
    expect(w.pushed).toHaveLength(2);
    expect(w.writes).toHaveLength(400);
    expect(new Set(w.writes).size).toBe(400);
    expect(w.records().map(rescoredRows)).toEqual(Array(400).fill(1));
  });

  it('re-scores 100,000 initiatives in 20 events at 5,000 each (19 chained pushes, far under the 1,000-push chain)', async () => {
    const w = world(100_000, { budgetRecords: 5_000 });
    expect(await w.runChain()).toBe('done');
    expect(w.job()).toMatchObject({ status: 'done', done: 100_000, changed: 100_000, failed: 0 });
    expect(w.pushed).toHaveLength(19);
  }, 60_000);

  it('counts an initiative whose write fails and goes on with the next', async () => {
    const w = world(10, { failAt: ['CSI-3'] });
    expect(await w.deliver(w.event(0))).toBe('done');
    expect(w.job()).toMatchObject({ done: 10, changed: 9, failed: 1 });
  });

  it('drops a redelivered older event', async () => {
    const w = world(400, { budgetRecords: 150 });
    await w.deliver(w.event(0));
    expect(await w.deliver(w.event(0))).toBe('stale');
    expect(w.writes).toHaveLength(150);
  });
});
