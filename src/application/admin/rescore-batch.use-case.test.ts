import { defaultScoringConfig } from '../../domain/scoring/default-scoring-config';
import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import type { InitiativeRecord } from '../initiative-record';
import { newInitiative } from '../scoring/new-initiative';
import { rescoreBatch, STOP_RESERVE_MS, type RescorePorts } from './rescore-batch.use-case';
import type { RescoreEvent, RescoreJob } from './rescore-job';
import { RescorePacer } from './rescore-pacing';

/** In-memory ports around the real pacer; Jira is a fake projection that can answer a quota 429. */
function world(count: number, options: { quotaAt?: number; retryAfter?: number; budgetRecords?: number } = {}) {
  const v1 = defaultScoringConfig();
  const config: ScoringConfig = { ...v1, version: v1.version + 1 };
  const records = new Map<string, InitiativeRecord>();
  for (let i = 1; i <= count; i++) {
    const id = String(1000 + i);
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
  let pacer = new RescorePacer();
  let worked = 0;
  const ports: RescorePorts = {
    config: () => Promise.resolve(config),
    job: () => Promise.resolve(job),
    saveJob: (next) => {
      job = next;
      return Promise.resolve();
    },
    batch: (after, limit) => Promise.resolve([...records.values()].filter((r) => r.issueId > after).slice(0, limit)),
    initiatives: {
      get: (id) => Promise.resolve(records.get(id)),
      // As the repository does: a changed score goes to the projection outbox with the record
      // (`projected` = what Jira is told). A refusal stands in for a pacer that says stop.
      update: async (id, mutate) => {
        const next = await mutate(records.get(id)!);
        if (!next) return records.get(id);
        writes.push(next.issueKey);
        if (options.quotaAt !== undefined && writes.length === options.quotaAt) {
          const refusal = { reason: 'jira-quota-global-based', retryAfterSeconds: options.retryAfter ?? 1847 };
          pacer.observe({ quota: null, burst: null, refusal });
          throw new Error('Jira answered 429 (jira-quota-global-based)');
        }
        const projected = { field: next.computed.score, property: `v${next.computed.configVersion}` };
        records.set(id, { ...next, projected, revision: next.revision + 1 });
        return records.get(id);
      },
    },
    projection: {
      isCurrent: (r) => r.projected?.property === `v${r.computed.configVersion}`,
    },
    pace: () => pacer.next(),
    quotaRefused: () => pacer.refusedForQuota,
    remainingMs: () =>
      options.budgetRecords !== undefined && worked++ >= options.budgetRecords ? STOP_RESERVE_MS - 1 : 60_000,
    sleep: () => Promise.resolve(),
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
  /** A new invocation: a fresh pacer, as the consumer makes one per event. */
  const deliver = (e: RescoreEvent) => {
    pacer = new RescorePacer();
    options.quotaAt = options.quotaAt !== undefined && writes.length >= options.quotaAt ? undefined : options.quotaAt;
    return rescoreBatch(ports, e);
  };
  return { records: () => [...records.values()], job: () => job, pushed, writes, event, deliver, config };
}

const rescoredRows = (r: InitiativeRecord) => r.history.filter((h) => h.change.startsWith('Re-scored')).length;

describe('rescoreBatch', () => {
  it('re-scores every initiative in one event when time and Jira allow (not 25 per event)', async () => {
    const w = world(60);
    expect(await w.deliver(w.event(0))).toBe('done');
    expect(w.job()).toMatchObject({ status: 'done', done: 60, changed: 60, failed: 0 });
    expect(w.pushed).toEqual([]);
    expect(w.records().every((r) => r.computed.configVersion === w.config.version && rescoredRows(r) === 1)).toBe(true);
  });

  it('re-queues the rest with delayInSeconds = min(900, Retry-After) when a write meets a quota 429', async () => {
    const w = world(10, { quotaAt: 4 });
    expect(await w.deliver(w.event(0))).toBe('paused');
    expect(w.pushed).toEqual([
      { event: expect.objectContaining({ batch: 1, afterIssueId: '1003' }), delaySeconds: 900 },
    ]);
    expect(w.job()).toMatchObject({
      done: 3,
      lastIssueId: '1003',
      batchesDone: 1,
      pausedUntil: '2026-11-02T10:44:13.000Z',
    });
  });

  it('asks for the Retry-After itself when it is under 900 seconds', async () => {
    const w = world(10, { quotaAt: 2, retryAfter: 120 });
    await w.deliver(w.event(0));
    expect(w.pushed[0]?.delaySeconds).toBe(120);
  });

  it('resumes after a pause without losing progress or doing work twice', async () => {
    const w = world(10, { quotaAt: 4 });
    await w.deliver(w.event(0));
    expect(await w.deliver(w.pushed[0]!.event)).toBe('done');
    expect(w.job()).toMatchObject({ status: 'done', done: 10, changed: 10, failed: 0 });
    // The initiative the 429 hit was re-scored once and projected on resume: 11 writes for 10.
    expect(w.writes).toEqual([
      'CSI-1',
      'CSI-2',
      'CSI-3',
      'CSI-4',
      'CSI-4',
      'CSI-5',
      'CSI-6',
      'CSI-7',
      'CSI-8',
      'CSI-9',
      'CSI-10',
    ]);
    expect(w.records().map(rescoredRows)).toEqual(Array(10).fill(1));
  });

  it('stops before its time runs out and queues the rest at once', async () => {
    const w = world(40, { budgetRecords: 30 });
    expect(await w.deliver(w.event(0))).toBe('continued');
    expect(w.pushed).toEqual([{ event: expect.objectContaining({ batch: 1 }), delaySeconds: 0 }]);
    expect(w.job()).toMatchObject({ done: 30, batchesDone: 1 });
  });

  it('drops a redelivered older event', async () => {
    const w = world(10, { quotaAt: 4 });
    await w.deliver(w.event(0));
    expect(await w.deliver(w.event(0))).toBe('stale');
    expect(w.writes).toHaveLength(4);
  });
});
