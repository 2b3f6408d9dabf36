import { randomUUID } from 'node:crypto';
import { runBenefitChecks } from '../../application/pir/run-benefit-checks.use-case';
import { sendActionReminders } from '../../application/pir/send-action-reminders.use-case';
import { localDateOf } from '../../domain/pir/pir-due-date';
import { pirActionIssues } from '../product/pir-action-issues';
import { siteTimeZone } from '../product/pir-jira';
import { duePirs, pirsAdapter } from '../storage/pir.repository';

const clock = { now: () => new Date().toISOString(), id: () => randomUUID() };

/**
 * `scheduledTrigger` csi-pir-daily (interval day): the PIRs' benefit checks (+30 and +90 days after
 * closure, a review issue on a lost benefit) and the reminders about their actions, for today in the
 * site's time zone. Each reads only what its index says is due (entity `pir`, `by-check-due` and
 * `by-action-due`), so its cost follows what is due, not the size of the archive.
 */
export async function pirDaily(): Promise<void> {
  const now = clock.now();
  const today = localDateOf(now, await siteTimeZone()) ?? now.slice(0, 10);
  const base = { pirs: pirsAdapter, actionIssues: pirActionIssues, clock };
  const checks = await runBenefitChecks({ ...base, due: (through) => duePirs('by-check-due', through) }, today);
  const reminders = await sendActionReminders({ ...base, due: (through) => duePirs('by-action-due', through) }, today);
  console.log(`PIR daily run for ${today}`, { ...checks, reminders: reminders.sent });
}
