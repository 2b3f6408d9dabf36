import { randomUUID } from 'node:crypto';
import type { LocalHost } from '../local/host';
import { USERS } from '../local/product/demo-ids';
import { GLOBAL_POOL_POINTS } from '../local/product/jira-service';
import { pushRescore } from '../src/adapters/product/rescore-queue';
import { loadRescoreJob, saveRescoreJob } from '../src/adapters/storage/rescore-job.repository';
import { loadSettings, saveSettings } from '../src/adapters/storage/settings.repository';
import { table } from './measure';

/** Setup, not measured: a new configuration version (risk weighs more) and its re-score job, queued. */
export async function startRescore(host: LocalHost, total: number): Promise<void> {
  await host.runtime.run('bench-setup', 'bench.configure', USERS.csiAdmin, undefined, async () => {
    const settings = await loadSettings();
    const criteria = settings.config.criteria.map((c) => (c.key === 'risk' ? { ...c, weight: c.weight + 10 } : c));
    const config = { ...settings.config, criteria, version: settings.config.version + 1 };
    const now = new Date().toISOString();
    await saveSettings({ ...settings, config, changedAt: now, reason: 'Benchmark: risk weighs more' });
    const jobId = randomUUID();
    await saveRescoreJob({
      jobId,
      configVersion: config.version,
      status: 'running',
      total,
      done: 0,
      changed: 0,
      failed: 0,
      startedAt: now,
      finishedAt: null,
      batchesDone: 0,
      lastIssueId: '',
    });
    const actor = { accountId: USERS.csiAdmin, displayName: 'Chen Okafor' };
    await pushRescore({ jobId, configVersion: config.version, batch: 0, afterIssueId: '', actor });
  });
}

/**
 * Re-scoring after a configuration change, priced in Jira points as Jira Cloud charges them
 * (rate-limiting: a write is 1 point): points per re-score and per initiative, and the share of the
 * app's Global Pool (65,000 points per hour for every site together) one site's re-score takes. Also
 * how many queue events the job needed (a chain may have 1,000 pushes) and its quota pauses. Wall
 * time is paced by Jira's burst limit (50 PUTs per second per endpoint) on the host's real clock.
 */
export async function rescoreAtScale(host: LocalHost, initiatives: number): Promise<void> {
  await host.settle();
  host.store.points.reset();
  const before = { ...host.stats.totals };
  const delayed = { ...host.queue.delayed };
  const started = performance.now();
  await startRescore(host, initiatives);
  await host.settle();
  const seconds = (performance.now() - started) / 1000;
  const job = await host.runtime.run('bench', 'bench.job', undefined, undefined, loadRescoreJob);
  const points = host.store.pointsUsed();
  const requests = (route: string) => host.stats.calls.reduce((n, c) => n + (c.restCalls[route] ?? 0), 0);
  const changed = job?.changed ?? 0;
  table(
    'Re-scoring after a configuration change, in Jira points (goal: at most 1 point per 50 changed issues for the field, the same for the property; paced on the rate-limit headers)',
    [
      'initiatives',
      'done',
      'changed',
      'REST writes',
      'field requests (bulk)',
      'property requests (bulk)',
      'Jira points',
      'points per initiative',
      'share of the 65,000-point global pool',
      'queue events (chain limit 1,000)',
      'quota pauses',
      's (local)',
    ],
    [
      [
        initiatives,
        job?.done ?? 0,
        changed,
        host.stats.totals.restWrites - before.restWrites,
        requests('POST jira /rest/api/3/app/field/{key}'),
        requests('POST jira /rest/api/3/issue/{id}/multi'),
        points,
        (points / initiatives).toFixed(2),
        `${((100 * points) / GLOBAL_POOL_POINTS).toFixed(1)} %`,
        host.stats.totals.queuePushes - before.queuePushes,
        host.queue.delayed.events - delayed.events,
        seconds.toFixed(1),
      ],
    ],
  );
}
