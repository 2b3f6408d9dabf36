import { Queue } from '@forge/events';
import type { RescoreEvent } from '../../application/admin/rescore-job';
import { MAX_QUEUE_DELAY_SECONDS } from '../../application/jira-write-pacer';

/** The queue whose consumer (`csi-rescore-consumer` in manifest.yml) continues a re-score job. */
export const RESCORE_QUEUE = 'csi-rescore';

/** Queues one re-score event, after `delayInSeconds` (whole seconds, at most 900: async-events-api). */
export async function pushRescore(event: RescoreEvent, delayInSeconds = 0): Promise<void> {
  const delay = Math.min(MAX_QUEUE_DELAY_SECONDS, Math.max(0, Math.ceil(delayInSeconds)));
  await new Queue({ key: RESCORE_QUEUE }).push([
    { body: { ...event }, ...(delay > 0 ? { delayInSeconds: delay } : {}) },
  ]);
}
