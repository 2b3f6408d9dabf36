import { rescoreEventSchema } from '../../application/admin/rescore-job';
import { rescoreBatch } from '../../application/admin/rescore-batch.use-case';
import { RescorePacer } from '../../application/admin/rescore-pacing';
import { productionDeps } from '../deps';
import { projectionIsCurrent, projectScore } from '../product/jira-gateway';
import { invocationRemainingMs } from '../product/request-with-retry';
import { pushRescore } from '../product/rescore-queue';
import { createMemo } from '../resolvers/memo';
import { initiativesAfter } from '../storage/initiative.queries';
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
  // One pacer per invocation: it sees the rate-limit headers of every Jira write this event makes.
  const pacer = new RescorePacer();
  const observe = pacer.observe.bind(pacer);
  await rescoreBatch(
    {
      config: async () => (await deps.settings.load()).config,
      job: loadRescoreJob,
      saveJob: saveRescoreJob,
      batch: initiativesAfter,
      initiatives: deps.initiatives,
      projection: {
        project: (record) => projectScore(record.issueId, record.computed, record.projected, observe),
        isCurrent: (record) => projectionIsCurrent(record.computed, record.projected),
      },
      pace: () => pacer.next(),
      quotaRefused: () => pacer.refusedForQuota,
      remainingMs: () => invocationRemainingMs() ?? FALLBACK_BUDGET_MS - (Date.now() - started),
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      next: pushRescore,
      now: () => new Date().toISOString(),
    },
    parsed.data,
  );
}
