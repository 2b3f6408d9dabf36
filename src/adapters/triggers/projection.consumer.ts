import { JiraWritePacer } from '../../application/jira-write-pacer';
import { BULK_ISSUES, projectInBulk } from '../product/bulk-projection';
import { ProductBusyError } from '../product/product-busy-error';
import { pushProjection } from '../product/projection-queue';
import { invocationRemainingMs } from '../product/request-with-retry';
import { clearProjected, pendingProjections, type OutboxEntry } from '../storage/projection-outbox.repository';
import { moveIssueToStatus } from '../product/jira-status-move';
import { updateInitiative } from '../storage/initiative.repository';
import type { RateLimitSignal } from '../product/rate-limit-headers';

/** Time an event keeps back: one bulk pair (each possibly retried once), clearing and a push. */
const STOP_RESERVE_MS = 15_000;
const FALLBACK_BUDGET_MS = 50_000;

/**
 * Moves the issue to the status its lifecycle stage maps to (an entry names one when the app's copy
 * of Jira's status shows another), then keeps the copy: the app's own transition does not come
 * back as an event (`ignoreSelf`). A missing transition or a refusal is logged, not thrown, so one
 * issue cannot hold back the outbox; the reconcile sees the status drift and queues it again.
 */
async function followStatus(entry: OutboxEntry, status: string, observe: (s: RateLimitSignal) => void) {
  try {
    const moved = await moveIssueToStatus(entry.issueId, status, observe);
    if (!('statusCategory' in moved)) {
      console.warn(`Could not move ${entry.issueKey} to ${status}: ${moved.message}`);
      return;
    }
    await updateInitiative(
      entry.issueId,
      (rec) =>
        rec.lifecycle?.jiraStatus !== status || rec.status === status
          ? undefined
          : { ...rec, status, statusCategory: moved.statusCategory || rec.statusCategory },
      undefined,
      { queueProjection: false },
    );
  } catch (error) {
    if (error instanceof ProductBusyError) throw error;
    console.warn(`Could not move ${entry.issueKey} to ${status}`, error);
  }
}

/**
 * `csi-projection` queue consumer: drains the projection outbox in pages of `BULK_ISSUES`, two Jira
 * writes per page (field values and issue properties), then the status moves entries name, clearing each entry that did not change
 * meanwhile. Idempotent under at-least-once delivery (re-projecting writes the same values). Stops
 * before its time is up, or when Jira says to pause (paced on the rate-limit headers), and queues
 * one event to continue.
 */
export async function projectionConsumer(): Promise<void> {
  const started = Date.now();
  const remaining = () => invocationRemainingMs() ?? FALLBACK_BUDGET_MS - (Date.now() - started);
  const pacer = new JiraWritePacer();
  const observe = pacer.observe.bind(pacer);
  let after = '';
  for (;;) {
    const { entries, lastIssueId, full } = await pendingProjections(after, BULK_ISSUES);
    if (entries.length === 0 && !full) return;
    if (remaining() < STOP_RESERVE_MS) return pushProjection();
    const pace = pacer.next();
    if (pace.kind === 'pause') return pushProjection(pace.delaySeconds);
    if (pace.kind === 'wait') await new Promise((resolve) => setTimeout(resolve, pace.ms));
    try {
      if (entries.length > 0) await projectInBulk(entries, observe);
      for (const entry of entries) if (entry.status !== undefined) await followStatus(entry, entry.status, observe);
    } catch (error) {
      if (!(error instanceof ProductBusyError)) throw error;
      return pushProjection(error.retryAfterSeconds ?? 60);
    }
    await clearProjected(entries);
    if (!full) return;
    after = lastIssueId;
  }
}
