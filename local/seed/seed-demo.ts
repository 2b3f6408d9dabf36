import { randomUUID } from 'node:crypto';
import type { LocalHost } from '../host';
import { DEFAULT_SEED_BASE_DATE, USERS } from '../product/demo-ids';
import { SEED_INITIATIVES } from '../product/seed-initiatives';
import { seedProductDemo } from '../product/seed-product';
import { issueEvent } from '../product/jira/issue-events';
import { productionDeps } from '../../src/adapters/deps';
import { createMemo } from '../../src/adapters/resolvers/memo';
import { defaultSettings, loadSettings, saveSettings } from '../../src/adapters/storage/settings.repository';
import type { DemoIssue } from './demo-decisions';
import { timeline } from './demo-timeline';
import { saveRescoreJob } from '../../src/adapters/storage/rescore-job.repository';
import { pushRescore } from '../../src/adapters/product/rescore-queue';
import { seedLifecycleSettings } from './demo-lifecycle-settings';
import { checkpointSteps } from './demo-checkpoints';
import { seedCommitments } from './demo-commitments';
import { lifecycleSteps } from './demo-lifecycle';
import { stopCriteriaSteps } from './demo-stop-criteria';
import { closeDemoActions, pirSteps } from './demo-pir';
import { maturitySteps } from './demo-maturity';

/**
 * Seeds the demo site: the product data (users, projects, issues, the Confluence page) and then the
 * app's own data, written by the app's real use cases and adapters through the official clients,
 * replayed in time order with back-dated clocks: ratings, plans, configuration changes, decisions,
 * progress updates; finally a re-score through the queue and a verification of the log.
 */
export async function seedDemo(host: LocalHost, baseDate = DEFAULT_SEED_BASE_DATE): Promise<void> {
  seedProductDemo(host.store, baseDate);
  const at = (daysAgo: number) => new Date(Date.parse(baseDate) - daysAgo * 86_400_000).toISOString();
  await host.runtime.run('seed', 'seed.settings', USERS.siteAdmin, undefined, () =>
    saveSettings({ ...defaultSettings(), csiAdmins: [USERS.csiAdmin], changedAt: at(270) }),
  );
  await seedLifecycleSettings(host, at(260));
  const issues: DemoIssue[] = SEED_INITIATIVES.map((seed, index) => {
    const issue = host.store.issues.list().filter((i) => i.summary === seed.summary)[0];
    if (!issue) throw new Error(`Seeded issue missing: ${seed.summary}`);
    return { seed, id: String(issue.id), key: issue.key, index };
  });
  for (const issue of host.store.issues.list()) {
    const event = issueEvent(host.store, 'avi:jira:created:issue', issue, USERS.editor, new Date(issue.created));
    await host.runner.fireEvent(event.eventType, event as unknown as Record<string, unknown>);
  }
  const steps = [
    ...timeline(issues),
    ...checkpointSteps(issues),
    ...lifecycleSteps(issues),
    ...stopCriteriaSteps(issues),
    ...pirSteps(issues),
    ...maturitySteps(baseDate),
  ];
  for (const step of steps.sort((a, b) => b.daysAgo - a.daysAgo)) {
    await host.runtime.run('seed', 'seed.step', step.as, undefined, async () => {
      const deps = productionDeps(createMemo());
      const user = host.store.users.get(step.as);
      const seeded = {
        ...deps,
        identity: {
          currentUser: () => Promise.resolve({ accountId: step.as, displayName: user?.displayName ?? step.as }),
        },
        clock: { now: () => at(step.daysAgo), id: randomUUID },
      };
      return step.run(seeded);
    });
  }
  await seedCommitments(host, issues, baseDate);
  await closeDemoActions(host);
  await startRescore(host, at(0));
  await host.settle();
  await host.runner.runScheduled('csi-verify-log');
  // A first reconcile run, so the demo's programme page has one to show (checked, nothing to repair).
  await host.runner.runScheduled('csi-reconcile');
  // The PIRs' daily run: the benefit checks and action reminders due today.
  await host.runner.runScheduled('csi-pir-daily');
  await host.settle();
}

async function startRescore(host: LocalHost, now: string): Promise<void> {
  await host.runtime.run('seed', 'seed.rescore', USERS.csiAdmin, undefined, async () => {
    const { config } = await loadSettings();
    const jobId = randomUUID();
    await saveRescoreJob({
      jobId,
      configVersion: config.version,
      status: 'running',
      total: SEED_INITIATIVES.length,
      done: 0,
      changed: 0,
      failed: 0,
      startedAt: now,
      finishedAt: null,
      batchesDone: 0,
      lastIssueId: '',
      budget: { hourStartedAt: now, points: 0 },
    });
    const actor = {
      accountId: USERS.csiAdmin,
      displayName: host.store.users.get(USERS.csiAdmin)?.displayName ?? USERS.csiAdmin,
    };
    await pushRescore({ jobId, configVersion: config.version, batch: 0, afterIssueId: '', actor });
  });
}
