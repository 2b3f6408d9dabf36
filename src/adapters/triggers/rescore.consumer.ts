import { rescoreEventSchema } from '../../application/admin/rescore-job';
import { rescoreBatch } from '../../application/admin/rescore-batch.use-case';
import { productionDeps } from '../deps';
import { requestProjection } from '../product/projection-queue';
import { invocationRemainingMs } from '../product/request-with-retry';
import { pushRescore } from '../product/rescore-queue';
import { createMemo } from '../resolvers/memo';
import { initiativesAfter } from '../storage/initiative.queries';
import { getInitiative, updateInitiative } from '../storage/initiative.repository';
import { wantedProjection } from '../storage/projection-outbox.repository';
import { loadRescoreJob, saveRescoreJob } from '../storage/rescore-job.repository';

/**
 * The budget assumed when the runtime does not say how much time is left: the consumer default of
 * 55 s (limits-invocation) less a margin, whatever `timeoutSeconds` manifest.yml declares.
 */
const FALLBACK_BUDGET_MS = 50_000;

/**
 * `csi-rescore` queue consumer: continues a re-score job until its time is nearly up (delivered at
 * least once; the use case is idempotent). Its function declares `timeoutSeconds` in manifest.yml;
 * the time left is read from the platform (`getAppContext().invocationRemainingTimeInMillis()`).
 */
export async function rescoreConsumer(event: { body?: unknown }): Promise<void> {
  const started = Date.now();
  const parsed = rescoreEventSchema.safeParse(event.body);
  if (!parsed.success) {
    console.warn('Dropping a malformed re-score event', parsed.error.issues);
    return;
  }
  const deps = productionDeps(createMemo());
  // The job writes nothing to Jira: the projection consumer writes in bulk, paced on the headers.
  let queued = false;
  try {
    await rescoreBatch(
      {
        config: async () => (await deps.settings.load()).config,
        job: loadRescoreJob,
        saveJob: saveRescoreJob,
        batch: initiativesAfter,
        // Each re-scored initiative lands in the projection outbox with it; one drain is queued per
        // event (below), so the chain's pushes do not grow with the number of initiatives.
        initiatives: {
          get: getInitiative,
          update: (id, mutate, create) => {
            queued = true;
            return updateInitiative(id, mutate, create, { queueProjection: false });
          },
        },
        projection: {
          isCurrent: (record) => JSON.stringify(record.projected) === JSON.stringify(wantedProjection(record)),
        },
        remainingMs: () => invocationRemainingMs() ?? FALLBACK_BUDGET_MS - (Date.now() - started),
        next: pushRescore,
        now: () => new Date().toISOString(),
      },
      parsed.data,
    );
  } finally {
    if (queued) await requestProjection();
  }
}
