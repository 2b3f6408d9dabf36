import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import type { InitiativeRecord } from '../initiative-record';
import type { InitiativesPort, ScoreProjectionPort } from '../ports';
import { rescoreRecord } from '../scoring/rescore-record';
import {
  HOURLY_POINTS_BUDGET,
  POINTS_PER_WRITE,
  RESCORE_BATCH,
  type RescoreEvent,
  type RescoreJob,
} from './rescore-job';

export interface RescorePorts {
  config(): Promise<ScoringConfig>;
  job(): Promise<RescoreJob | undefined>;
  saveJob(job: RescoreJob): Promise<void>;
  batch(afterIssueId: string, limit: number): Promise<InitiativeRecord[]>;
  initiatives: InitiativesPort;
  projection: ScoreProjectionPort;
  /** Queues the next batch, after `delaySeconds` when the hourly budget is spent. */
  next(event: RescoreEvent, delaySeconds: number): Promise<void>;
  now(): string;
}

/**
 * Re-scores one batch and queues the next. Idempotent and resumable: a stale or redelivered event is
 * dropped, an initiative already scored with the target version is skipped, and the job record says
 * where to resume. Jira writes happen only for values that changed.
 */
export async function rescoreBatch(ports: RescorePorts, event: RescoreEvent): Promise<'stale' | 'done' | 'continued'> {
  const [job, config] = await Promise.all([ports.job(), ports.config()]);
  if (!job || job.jobId !== event.jobId || job.status === 'done' || event.batch < job.batchesDone) return 'stale';
  if (config.version !== event.configVersion) return 'stale';
  const records = await ports.batch(event.afterIssueId, RESCORE_BATCH);
  let changed = 0;
  let failed = 0;
  for (const record of records) {
    if (record.computed.configVersion === config.version) continue;
    try {
      const before = record.projected;
      const saved = await ports.initiatives.update(record.issueId, (current) =>
        current.computed.configVersion === config.version
          ? undefined
          : rescoreRecord(current, config, historyRow(event, config.version, ports.now()), ports.projection),
      );
      if (saved && JSON.stringify(saved.projected) !== JSON.stringify(before)) changed += 1;
    } catch (cause) {
      failed += 1;
      console.warn(`Re-scoring ${record.issueKey} failed`, cause);
    }
  }
  const last = records[records.length - 1];
  const finished = records.length < RESCORE_BATCH || !last;
  const budget = spend(job.budget, changed * 2 * POINTS_PER_WRITE, ports.now());
  await ports.saveJob({
    ...job,
    done: job.done + records.length,
    changed: job.changed + changed,
    failed: job.failed + failed,
    batchesDone: event.batch + 1,
    lastIssueId: last?.issueId ?? job.lastIssueId,
    status: finished ? 'done' : 'running',
    finishedAt: finished ? ports.now() : null,
    budget,
  });
  if (finished) return 'done';
  await ports.next({ ...event, batch: event.batch + 1, afterIssueId: last.issueId }, delayFor(budget, ports.now()));
  return 'continued';
}

function historyRow(event: RescoreEvent, version: number, at: string) {
  return event.actor ? { actor: event.actor, at, text: `Re-scored with scoring configuration v${version}` } : null;
}

function spend(budget: RescoreJob['budget'], points: number, now: string): RescoreJob['budget'] {
  const hourOver = Date.parse(now) - Date.parse(budget.hourStartedAt) >= 3_600_000;
  return hourOver ? { hourStartedAt: now, points } : { ...budget, points: budget.points + points };
}

/** Seconds to wait before the next batch so the hour's budget is not exceeded (Forge allows up to 900). */
function delayFor(budget: RescoreJob['budget'], now: string): number {
  const nextBatchCost = RESCORE_BATCH * 2 * POINTS_PER_WRITE;
  if (budget.points + nextBatchCost <= HOURLY_POINTS_BUDGET) return 0;
  const left = 3_600_000 - (Date.parse(now) - Date.parse(budget.hourStartedAt));
  return Math.min(900, Math.max(1, Math.ceil(left / 1000)));
}
