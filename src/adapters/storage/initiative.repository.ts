import { Filter, FilterConditions, kvs } from '@forge/kvs';
import type { InitiativeRecord } from '../../application/initiative-record';
import { ENTITIES, KEYS } from './keys';
import { initiativeCountChange } from './initiative-count.repository';
import { portfolioStatsChange, type StatsChange } from './portfolio-stats.repository';
import { committed, isConflict } from './kvs-conflict';
import { fromEntity, initiativeEntity, toEntity, type InitiativeEntity } from './initiative.entity';
import { requestProjection } from '../product/projection-queue';
import { addToOutbox, wantedProjection } from './projection-outbox.repository';
import { WriteRefusedError } from '../../application/write-refusal';
import { assertStorable } from './value-size';

/** One strongly consistent get. */
export async function getInitiative(issueId: string): Promise<InitiativeRecord | undefined> {
  const value = await initiativeEntity().get(issueId);
  return value === undefined ? undefined : fromEntity(value);
}

/** Contention that outlasted the retries: answered `CONFLICT` (nothing of this call was written). */
export class ConcurrentUpdateError extends WriteRefusedError {
  override readonly name = 'ConcurrentUpdateError';
  constructor(issueId: string) {
    super(
      'CONFLICT',
      `Others changed this initiative at the same moment (${issueId}); nothing of your change was saved. Try again.`,
    );
  }
}

/**
 * Retries stop after this long, well inside a resolver's 25 s (limits-invocation), and answer
 * CONFLICT; between attempts a jittered, growing pause spreads writers that collided.
 */
export const RETRY_BUDGET_MS = 8_000;
const MAX_ATTEMPTS = 40;
const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(400, 10 * 2 ** attempt)));

type Tx = ReturnType<typeof kvs.transact>;

/**
 * Read-modify-write with a revision check, retried so concurrent writers lose nothing. `mutate`
 * returns the new record, or undefined to leave it unchanged. A missing record is created from
 * `create` (when given). The portfolio stats change in the same transaction when the class or the
 * active flag changes, and so does the projection outbox when Jira must show a new score (the
 * record's `projected` then says what Jira is being told). After such a commit a drain is queued,
 * unless `queueProjection` is false (the re-score job queues one drain per event instead).
 * `read` is the record as the caller just read it (null: known absent), used by the first attempt
 * instead of a get; a stale one fails the revision condition and the retry reads it afresh.
 */
export async function updateInitiative(
  issueId: string,
  mutate: (current: InitiativeRecord) => Promise<InitiativeRecord | undefined> | InitiativeRecord | undefined,
  create?: () => InitiativeRecord | undefined | Promise<InitiativeRecord | undefined>,
  options: {
    queueProjection?: boolean;
    requestKey?: string;
    alsoWrite?: (tx: Tx) => void;
    read?: InitiativeRecord | null;
  } = {},
): Promise<InitiativeRecord | undefined> {
  const started = Date.now();
  for (let attempt = 0; attempt < MAX_ATTEMPTS && Date.now() - started < RETRY_BUDGET_MS; attempt += 1) {
    if (attempt > 0) await pause(attempt);
    const read =
      attempt === 0 && options.read !== undefined ? (options.read ?? undefined) : await getInitiative(issueId);
    const current = read ?? (await create?.());
    if (!current) return undefined;
    const isNew = current.revision === 0;
    // A concurrent call with the same request id won the race: its change is this call's change.
    if (attempt > 0 && options.requestKey && (await kvs.get(options.requestKey)) !== undefined) return current;
    const next = await mutate(current);
    if (!next) return isNew ? undefined : current;
    const wanted = wantedProjection(next);
    const stale = JSON.stringify(next.projected) !== JSON.stringify(wanted);
    const saved = { ...next, projected: stale ? wanted : next.projected, revision: current.revision + 1 };
    if (await tryWrite(issueId, isNew ? undefined : current, saved, stale, options)) {
      if (stale && options.queueProjection !== false) await requestProjection();
      return saved;
    }
  }
  throw new ConcurrentUpdateError(issueId);
}

async function tryWrite(
  issueId: string,
  before: InitiativeRecord | undefined,
  after: InitiativeRecord,
  project: boolean,
  { requestKey, alsoWrite }: { requestKey?: string; alsoWrite?: (tx: Tx) => void },
): Promise<boolean> {
  assertStorable(toEntity(after), `Initiative ${after.issueKey}`);
  const stats: StatsChange | undefined = await portfolioStatsChange(before, after);
  const counted = await initiativeCountChange(before, after);
  const tx = kvs.transact();
  if (before) {
    tx.set(issueId, toEntity(after), {
      entityName: ENTITIES.initiative,
      conditions: new Filter<InitiativeEntity>().and('revision', FilterConditions.equalTo(before.revision)),
    });
  } else {
    tx.set(issueId, toEntity(after), {
      entityName: ENTITIES.initiative,
      conditions: new Filter<InitiativeEntity>().and('revision', FilterConditions.notExists()),
    });
  }
  stats?.apply(tx);
  counted?.(tx);
  if (project) addToOutbox(tx, after);
  alsoWrite?.(tx);
  // The request id commits with the change it made (a retry finds it and writes nothing).
  if (requestKey) tx.set(requestKey, { issueId, revision: after.revision });
  return committed(() => tx.execute());
}

/** What is kept of a deleted issue: when, and the key it had (the decision log still names it). */
export interface IssueTombstone {
  issueKey: string;
  deletedAt: string;
}

/** Whether the issue was deleted in Jira (one get). */
export async function wasDeleted(issueId: string): Promise<boolean> {
  return (await kvs.get(KEYS.deletedIssue(issueId))) !== undefined;
}

/**
 * Records that the issue was deleted and, if the app has an initiative for it, removes it and its
 * place in the portfolio stats, in one transaction (retried on a concurrent write). Idempotent.
 */
export async function removeInitiative(issueId: string, tombstone: IssueTombstone): Promise<'removed' | 'absent'> {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const current = await getInitiative(issueId);
    const tx = kvs.transact().set(KEYS.deletedIssue(issueId), tombstone);
    if (current) {
      tx.delete(issueId, {
        entityName: ENTITIES.initiative,
        conditions: new Filter<InitiativeEntity>().and('revision', FilterConditions.equalTo(current.revision)),
      });
      (await portfolioStatsChange(current, undefined))?.apply(tx);
      (await initiativeCountChange(current, undefined))?.(tx);
      tx.delete(issueId, { entityName: ENTITIES.projectionOutbox });
    }
    try {
      await tx.execute();
      return current ? 'removed' : 'absent';
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
  }
  throw new ConcurrentUpdateError(issueId);
}
