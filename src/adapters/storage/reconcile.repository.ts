import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import type { InitiativeRecord } from '../../application/initiative-record';
import { reconcileRunSchema, type ReconcileRun } from '../../application/reconcile/reconcile-run';
import { fromEntity, initiativeEntity, toEntity, type InitiativeEntity } from './initiative.entity';
import { committed } from './kvs-conflict';
import { ENTITIES, KEYS } from './keys';
import { addToOutbox } from './projection-outbox.repository';

/**
 * Up to `limit` initiatives in issue-id order after `after` (one indexed query). A record that does
 * not parse is left out (and logged) but still moves the cursor, so it cannot stall the reconcile.
 */
export async function reconcilePage(
  after: string,
  limit: number,
): Promise<{ records: InitiativeRecord[]; full: boolean; lastIssueId: string }> {
  const page = await initiativeEntity()
    .query()
    .index('by-id')
    .where(WhereConditions.greaterThan(after))
    .sort(Sort.ASC)
    .limit(limit)
    .getMany();
  const records: InitiativeRecord[] = [];
  for (const { key, value } of page.results) {
    try {
      records.push(fromEntity(value));
    } catch {
      console.warn(`Reconcile: skipping the unreadable initiative ${key}`);
    }
  }
  const last = page.results[page.results.length - 1];
  return { records, full: page.results.length === limit, lastIssueId: last ? last.key : after };
}

/** The latest reconcile run (its cursor is where the next run starts); undefined when none or unreadable. */
export async function loadReconcileRun(): Promise<ReconcileRun | undefined> {
  const parsed = reconcileRunSchema.safeParse(await kvs.get<unknown>(KEYS.reconcileRun));
  return parsed.success ? parsed.data : undefined;
}

export async function saveReconcileRun(run: ReconcileRun): Promise<void> {
  await kvs.set(KEYS.reconcileRun, reconcileRunSchema.parse(run));
}

/**
 * Queues the record's projection again: its outbox entry, in a transaction that checks the
 * initiative is still at the revision read (a change made meanwhile wrote its own, newer entry,
 * which this must not overwrite). False when the initiative changed.
 */
export async function queueRepair(record: InitiativeRecord): Promise<boolean> {
  // The record is written back unchanged under the revision condition (the local KVS does not
  // simulate `check`, which the app used nowhere before; an unchanged set is the same guard).
  const tx = kvs.transact().set(record.issueId, toEntity(record), {
    entityName: ENTITIES.initiative,
    conditions: new Filter<InitiativeEntity>().and('revision', FilterConditions.equalTo(record.revision)),
  });
  // The status is checked again: the reconcile may have seen Jira at another status than the copy.
  addToOutbox(tx, record, { checkStatus: true });
  return committed(() => tx.execute());
}
