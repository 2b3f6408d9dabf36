import { Queue } from '@forge/events';
import { MAX_QUEUE_DELAY_SECONDS } from '../../application/jira-write-pacer';

/** The queue whose consumer (`csi-projection-consumer` in manifest.yml) drains the projection outbox. */
export const PROJECTION_QUEUE = 'csi-projection';

/**
 * Asks the projection consumer to drain the outbox (the event carries nothing: the consumer reads
 * the outbox, so duplicated, late or lost events only change when, never what, Jira is told).
 */
export async function pushProjection(delayInSeconds = 0): Promise<void> {
  const delay = Math.min(MAX_QUEUE_DELAY_SECONDS, Math.max(0, Math.ceil(delayInSeconds)));
  await new Queue({ key: PROJECTION_QUEUE }).push([
    { body: { drain: true }, ...(delay > 0 ? { delayInSeconds: delay } : {}) },
  ]);
}

/**
 * After a commit that wrote outbox entries: asks for a drain, never failing the caller (the change is
 * stored; an entry whose push was lost is drained by the next push or the reconcile job).
 */
export async function requestProjection(): Promise<void> {
  try {
    await pushProjection();
  } catch (cause) {
    console.warn('Queueing the Jira projection failed; the next drain projects it', cause);
  }
}
