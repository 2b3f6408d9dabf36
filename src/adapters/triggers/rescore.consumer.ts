import { rescoreEventSchema } from '../../application/admin/rescore-job';
import { rescoreBatch } from '../../application/admin/rescore-batch.use-case';
import { productionDeps } from '../deps';
import { pushRescore } from '../product/rescore-queue';
import { createMemo } from '../resolvers/memo';
import { initiativesAfter } from '../storage/initiative.queries';
import { loadRescoreJob, saveRescoreJob } from '../storage/rescore-job.repository';

/** `csi-rescore` queue consumer: one batch per event (delivered at least once; the use case is idempotent). */
export async function rescoreConsumer(event: { body?: unknown }): Promise<void> {
  const parsed = rescoreEventSchema.safeParse(event.body);
  if (!parsed.success) {
    console.warn('Dropping a malformed re-score event', parsed.error.issues);
    return;
  }
  const deps = productionDeps(createMemo());
  await rescoreBatch(
    {
      config: async () => (await deps.settings.load()).config,
      job: loadRescoreJob,
      saveJob: saveRescoreJob,
      batch: initiativesAfter,
      initiatives: deps.initiatives,
      projection: deps.projection,
      next: pushRescore,
      now: () => new Date().toISOString(),
    },
    parsed.data,
  );
}
