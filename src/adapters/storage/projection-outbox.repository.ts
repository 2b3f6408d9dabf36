import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import * as z from 'zod';
import type { InitiativeRecord } from '../../application/initiative-record';
import { lifecycleOf } from '../../application/lifecycle/lifecycle-state';
import { propertyValue } from '../product/score-property';
import { isConflict } from './kvs-conflict';
import { ENTITIES } from './keys';

/**
 * The outbox of the Jira projection (architecture.md, "Writes"): one entry per initiative whose
 * score Jira does not hold yet, keyed by the issue id, written in the same transaction as the
 * initiative (so a change and what it must project commit together or not at all). A later change
 * of the same initiative overwrites its entry: the projection consumer writes each issue at most
 * once, with its latest values. An entry is removed only if it is still the one that was projected
 * (same `revision`), so a change made meanwhile is projected by the next sweep.
 */
export interface OutboxEntity {
  issueId: string;
  revision: number;
  data: unknown;
}

const entrySchema = z.object({
  issueId: z.string(),
  issueKey: z.string(),
  field: z.number().nullable(),
  property: z.record(z.string(), z.unknown()),
  /** The Jira status the issue must move to (its lifecycle stage's), when the copy shows another. */
  status: z.string().optional(),
});

export type OutboxEntry = z.infer<typeof entrySchema> & { revision: number };

const outbox = () => kvs.entity<OutboxEntity>(ENTITIES.projectionOutbox);

/** The `csi-score` property a record projects: its score's facts and its lifecycle stage. */
export function projectedProperty(record: InitiativeRecord): Record<string, unknown> {
  return propertyValue(record.computed, lifecycleOf(record).stage);
}

/**
 * What Jira must hold for a record: the field's number and the property's value. The property
 * carries the lifecycle stage, so a change of stage queues a projection, whose entry also names the
 * Jira status to move to (issue 10 item 1: the app's decisions move Jira through the outbox, so
 * the move is retried, idempotent and repaired by the reconcile like the score).
 */
export function wantedProjection(record: InitiativeRecord): { field: number | null; property: string } {
  return { field: record.computed.score, property: JSON.stringify(projectedProperty(record)) };
}

/**
 * The status the issue must move to: its stage's mapped status when the copy of Jira's status
 * shows another (or always, with `checkStatus`: the reconcile saw Jira elsewhere); else none.
 */
function statusToMove(record: InitiativeRecord, checkStatus: boolean): string | undefined {
  const target = record.lifecycle?.jiraStatus;
  return target !== undefined && (checkStatus || target !== record.status) ? target : undefined;
}

/** Adds the record's outbox entry to `tx` (the transaction that writes the record). */
export function addToOutbox(
  tx: ReturnType<typeof kvs.transact>,
  record: InitiativeRecord,
  { checkStatus = false }: { checkStatus?: boolean } = {},
): void {
  const status = statusToMove(record, checkStatus);
  const data = {
    issueId: record.issueId,
    issueKey: record.issueKey,
    field: record.computed.score,
    property: projectedProperty(record),
    ...(status !== undefined ? { status } : {}),
  };
  tx.set(
    record.issueId,
    { issueId: record.issueId, revision: record.revision, data },
    { entityName: ENTITIES.projectionOutbox },
  );
}

/** One page of the outbox: the entries that parse, and where the page read up to (malformed rows included). */
export interface OutboxPage {
  entries: OutboxEntry[];
  /** The last issue id the page read, whether or not its entry parsed; '' for an empty page. */
  lastIssueId: string;
  /** True when the page read `limit` rows, so more may follow. */
  full: boolean;
}

/**
 * Up to `limit` pending entries in issue-id order after `afterIssueId` (one indexed query). A
 * malformed entry is skipped but still counts for paging, so it never ends the drain early.
 */
export async function pendingProjections(afterIssueId: string, limit: number): Promise<OutboxPage> {
  const page = await outbox()
    .query()
    .index('by-id')
    .where(WhereConditions.greaterThan(afterIssueId))
    .sort(Sort.ASC)
    .limit(limit)
    .getMany();
  const entries: OutboxEntry[] = [];
  for (const { value } of page.results) {
    const parsed = entrySchema.safeParse(value.data);
    if (parsed.success) entries.push({ ...parsed.data, revision: value.revision });
    else console.warn(`Dropping a malformed outbox entry for ${value.issueId}`);
  }
  const last = page.results[page.results.length - 1];
  return { entries, lastIssueId: last ? last.value.issueId : '', full: page.results.length === limit };
}

/**
 * Removes projected entries, each only if unchanged since it was read (a condition on `revision`);
 * one transaction per entry, so one that changed meanwhile stays without holding back the rest.
 */
export async function clearProjected(entries: readonly OutboxEntry[]): Promise<void> {
  for (const entry of entries) {
    try {
      await kvs
        .transact()
        .delete(entry.issueId, {
          entityName: ENTITIES.projectionOutbox,
          conditions: new Filter<OutboxEntity>().and('revision', FilterConditions.equalTo(entry.revision)),
        })
        .execute();
    } catch (error) {
      if (!isConflict(error)) throw error;
    }
  }
}
