import { kvs } from '@forge/kvs';
import { rescoreJobSchema, type RescoreJob } from '../../application/admin/rescore-job';
import { KEYS } from './keys';

export async function loadRescoreJob(): Promise<RescoreJob | undefined> {
  const raw = await kvs.get<unknown>(KEYS.rescoreJob);
  return raw === undefined ? undefined : rescoreJobSchema.parse(raw);
}

export async function saveRescoreJob(job: RescoreJob): Promise<void> {
  await kvs.set(KEYS.rescoreJob, job);
}
