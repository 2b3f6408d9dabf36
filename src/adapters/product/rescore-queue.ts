import { Queue } from '@forge/events';
import type { RescoreEvent } from '../../application/admin/rescore-job';

/** The queue whose consumer (`csi-rescore-consumer` in manifest.yml) re-scores one batch per event. */
export const RESCORE_QUEUE = 'csi-rescore';

export async function pushRescore(event: RescoreEvent, delayInSeconds = 0): Promise<void> {
  await new Queue({ key: RESCORE_QUEUE }).push([
    { body: { ...event }, ...(delayInSeconds > 0 ? { delayInSeconds } : {}) },
  ]);
}
