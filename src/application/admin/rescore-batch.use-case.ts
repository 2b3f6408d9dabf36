import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import type { InitiativeRecord } from '../initiative-record';
import type { InitiativesPort } from '../ports';
import { rescoreRecord } from '../scoring/rescore-record';
import { RESCORE_PAGE, type RescoreEvent, type RescoreJob } from './rescore-job';

export interface RescorePorts {
  config(): Promise<ScoringConfig>;
  job(): Promise<RescoreJob | undefined>;
  saveJob(job: RescoreJob): Promise<void>;
  batch(afterIssueId: string, limit: number): Promise<InitiativeRecord[]>;
  initiatives: InitiativesPort;
  projection: {
    /** Whether Jira holds, or has been told in the outbox, the record's computed score. */
    isCurrent(record: InitiativeRecord): boolean;
  };
  /** Platform ms left in this invocation. */
  remainingMs(): number;
  /** Queues the next event, after `delaySeconds` (at most 900). */
  next(event: RescoreEvent, delaySeconds: number): Promise<void>;
  now(): string;
}

/**
 * Time an event keeps back when it stops: one initiative's write (retried on contention for at most
 * 8 s), saving progress and queueing the next event.
 */
export const STOP_RESERVE_MS = 15_000;

type Outcome = 'stale' | 'done' | 'continued';

interface Progress {
  done: number;
  changed: number;
  failed: number;
  lastIssueId: string;
}

/**
 * Re-scores initiatives for a new configuration version, page after page, until all are done or the
 * invocation's time is nearly up; then queues one event to continue. It writes storage and the
 * projection outbox only: the projection consumer writes to Jira, in bulk, paced on its headers.
 * An event therefore covers as many initiatives as its time allows, not a fixed 25: the platform
 * allows a chain of at most 1,000 pushes from one initial invocation (limits-async-events, "Cyclic
 * invocation limit"), which at 25 per event capped a re-score at 25,000 initiatives. With a 900 s
 * consumer each event handles thousands (a few KVS operations each), so 100,000 take a few dozen
 * pushes of the 1,000.
 *
 * Idempotent and resumable under at-least-once delivery: an event older than the job's is dropped,
 * work resumes at the job's `lastIssueId` (saved after every page and at every stop), an initiative
 * already at the target version is skipped unless its Jira projection is stale.
 */
export async function rescoreBatch(ports: RescorePorts, event: RescoreEvent): Promise<Outcome> {
  const [job, config] = await Promise.all([ports.job(), ports.config()]);
  if (!job || job.jobId !== event.jobId || job.status === 'done' || event.batch < job.batchesDone) return 'stale';
  if (config.version !== event.configVersion) return 'stale';
  const progress: Progress = { done: job.done, changed: job.changed, failed: job.failed, lastIssueId: job.lastIssueId };
  for (;;) {
    const records = await ports.batch(progress.lastIssueId, RESCORE_PAGE);
    if (await rescorePage(ports, event, config, records, progress)) return finishEvent(ports, event, job, progress);
    if (records.length < RESCORE_PAGE) return finishJob(ports, job, progress);
    await ports.saveJob({ ...job, ...progress, pausedUntil: null });
  }
}

async function rescorePage(
  ports: RescorePorts,
  event: RescoreEvent,
  config: ScoringConfig,
  records: InitiativeRecord[],
  progress: Progress,
): Promise<boolean> {
  for (const record of records) {
    // Time nearly up: stop here, the next event continues after the last initiative done.
    if (ports.remainingMs() < STOP_RESERVE_MS) return true;
    const outcome = await rescoreOne(ports, event, config, record);
    progress.done += 1;
    progress.lastIssueId = record.issueId;
    if (outcome === 'changed') progress.changed += 1;
    if (outcome === 'failed') progress.failed += 1;
  }
  return false;
}

async function rescoreOne(
  ports: RescorePorts,
  event: RescoreEvent,
  config: ScoringConfig,
  record: InitiativeRecord,
): Promise<'changed' | 'unchanged' | 'failed'> {
  const atVersion = (r: InitiativeRecord) => r.computed.configVersion === config.version;
  if (atVersion(record) && ports.projection.isCurrent(record)) return 'unchanged';
  try {
    const before = record.projected;
    const saved = await ports.initiatives.update(record.issueId, (current) => {
      if (!atVersion(current)) {
        const now = ports.now();
        return rescoreRecord(current, config, historyRow(event, config.version, now), now);
      }
      if (ports.projection.isCurrent(current)) return undefined;
      // Re-scored before, but Jira was never told (an older version projected inline): the write
      // puts it in the projection outbox, with no new history row.
      return { ...current };
    });
    return saved && JSON.stringify(saved.projected) !== JSON.stringify(before) ? 'changed' : 'unchanged';
  } catch (cause) {
    console.warn(`Re-scoring ${record.issueKey} failed`, cause);
    return 'failed';
  }
}

async function finishEvent(
  ports: RescorePorts,
  event: RescoreEvent,
  job: RescoreJob,
  progress: Progress,
): Promise<Outcome> {
  const pausedUntil = null;
  // Save first, so the next event starts from this progress; if the push then fails, undo the
  // hand-over so that this event, redelivered, is not dropped as stale and continues the job.
  await ports.saveJob({ ...job, ...progress, batchesDone: event.batch + 1, pausedUntil });
  try {
    await ports.next({ ...event, batch: event.batch + 1, afterIssueId: progress.lastIssueId }, 0);
  } catch (cause) {
    await ports.saveJob({ ...job, ...progress, batchesDone: event.batch, pausedUntil: null });
    throw cause;
  }
  return 'continued';
}

async function finishJob(ports: RescorePorts, job: RescoreJob, progress: Progress): Promise<Outcome> {
  const at = ports.now();
  await ports.saveJob({
    ...job,
    ...progress,
    status: 'done',
    finishedAt: at,
    batchesDone: job.batchesDone + 1,
    pausedUntil: null,
  });
  return 'done';
}

function historyRow(event: RescoreEvent, version: number, at: string) {
  return event.actor ? { actor: event.actor, at, text: `Re-scored with scoring configuration v${version}` } : null;
}
