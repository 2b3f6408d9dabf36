import type { InitiativeRecord } from '../initiative-record';
import type { EventIssueFacts, FactsVersion } from '../lifecycle/sync-issue.use-case';
import type { ReconcileRun, RepairedIssue } from './reconcile-run';
import { mergeRepairs } from './reconcile-run';

/**
 * What Jira shows an initiative differs from storage in: the field, the property, the property is
 * gone, or the status is not the one its lifecycle stage maps to.
 */
export type Drift = 'field' | 'property' | 'missing-property' | 'status';

/** Jira's view of one initiative: its drift, or `absent` when the search did not return the issue. */
export type Inspection =
  | { issueId: string; drift: Drift | null; newerFacts?: { facts: EventIssueFacts; version: FactsVersion } }
  | { issueId: string; absent: true };

export interface ReconcilePorts {
  /** Where the previous run stopped (an issue id; '' to start from the first initiative). */
  cursor(): Promise<string>;
  /**
   * Up to `limit` initiatives after `after` in issue-id order; `full` when more may follow;
   * `lastIssueId` the last id read (unreadable records included, so they cannot stall the cursor).
   */
  page(after: string, limit: number): Promise<{ records: InitiativeRecord[]; full: boolean; lastIssueId: string }>;
  /** Reads Jira's projected values of the records in bulk and compares them; null when Jira could not be read. */
  inspect(records: readonly InitiativeRecord[]): Promise<Inspection[] | null>;
  /** Queues the record's projection (an outbox entry), unless it changed meanwhile; true when queued. */
  repair(record: InitiativeRecord): Promise<boolean>;
  /** Copies Jira's newer facts (an update event the copy missed); true when the copy changed. */
  refresh(facts: EventIssueFacts, version: FactsVersion): Promise<boolean>;
  /** Asks the projection consumer to drain the outbox. */
  requestDrain(): Promise<void>;
  /** Stores the run's outcome and the cursor the next run starts from. */
  save(run: ReconcileRun): Promise<void>;
  /** The previous run's outcome, for its recent repairs. */
  last(): Promise<ReconcileRun | undefined>;
  /** Whether the run must stop now (invocation time, or Jira asked the app to pause). */
  mustStop(): string | null;
}

export interface ReconcileLimits {
  /** Initiatives per Jira read (one bulk search). */
  pageSize: number;
  /** Initiatives per run, so a run stays within its invocation limit and its share of the points. */
  perRun: number;
}

/**
 * One reconcile run (architecture.md, "Writes": "a reconcile job repairs drift"): checks a bounded
 * slice of initiatives, from where the last run stopped, against what Jira shows (the CSI score
 * field and the `csi-score` issue property, which anyone who can edit the issue can overwrite or
 * delete) and queues a projection for each that differs, so the projection consumer writes
 * storage's values back in bulk. Successive runs cover the portfolio; after the last initiative the
 * cursor starts again from the first. A run that must stop early keeps its place.
 */
export async function reconcileProjections(
  ports: ReconcilePorts,
  limits: ReconcileLimits,
  at: string,
): Promise<ReconcileRun> {
  const startedFrom = await ports.cursor();
  let after = startedFrom;
  let checked = 0;
  let absent = 0;
  let refreshed = 0;
  let stoppedBecause: string | null = null;
  const repaired: RepairedIssue[] = [];
  const pages = Math.ceil(limits.perRun / limits.pageSize);
  for (let read = 0; read < pages; read += 1) {
    stoppedBecause = ports.mustStop();
    if (stoppedBecause) break;
    const { records, full, lastIssueId } = await ports.page(after, limits.pageSize);
    if (records.length > 0) {
      const inspections = await ports.inspect(records);
      if (!inspections) {
        // Keep the place: the next run checks this page again.
        stoppedBecause = ports.mustStop() ?? 'Jira could not be read';
        break;
      }
      const byId = new Map(records.map((r) => [r.issueId, r]));
      for (const seen of inspections) {
        const record = byId.get(seen.issueId);
        if ('absent' in seen) {
          absent += 1;
          continue;
        }
        if (seen.newerFacts && (await ports.refresh(seen.newerFacts.facts, seen.newerFacts.version))) {
          refreshed += 1;
          continue; // A changed copy queued its own projection when its score changed.
        }
        if (seen.drift && record && (await ports.repair(record)))
          repaired.push({ issueKey: record.issueKey, drift: seen.drift, at });
      }
      checked += records.length;
    }
    after = full ? lastIssueId : '';
    if (!full) break;
  }
  if (repaired.length > 0) await ports.requestDrain();
  const run: ReconcileRun = {
    at,
    startedFrom,
    cursor: after,
    checked,
    repaired: repaired.length,
    absent,
    refreshed,
    stoppedBecause,
    recentRepairs: mergeRepairs(repaired, (await ports.last())?.recentRepairs ?? []),
  };
  await ports.save(run);
  return run;
}
