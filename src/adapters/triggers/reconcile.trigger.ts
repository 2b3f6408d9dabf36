import { JiraWritePacer } from '../../application/jira-write-pacer';
import { syncIssue } from '../../application/lifecycle/sync-issue.use-case';
import { reconcileProjections } from '../../application/reconcile/reconcile-projections.use-case';
import type { ReconcileRun } from '../../application/reconcile/reconcile-run';
import { ProductBusyError } from '../product/product-busy-error';
import { inspectProjections } from '../product/projection-drift';
import { SEARCH_ISSUES } from '../product/projected-values';
import { requestProjection } from '../product/projection-queue';
import { invocationRemainingMs } from '../product/request-with-retry';
import { attachPirDeps, productionDeps } from '../deps';
import { createMemo } from '../resolvers/memo';
import { updateInitiative, wasDeleted } from '../storage/initiative.repository';
import { lifecycleOf } from '../../application/lifecycle/lifecycle-state';
import type { InitiativeRecord } from '../../application/initiative-record';
import type { StageStatusMap } from '../../domain/lifecycle/stage-status-map';
import { loadReconcileRun, queueRepair, reconcilePage, saveReconcileRun } from '../storage/reconcile.repository';
import { attachPir } from '../../application/pir/attach-pir.use-case';

/**
 * Initiatives one run checks: 10 bulk searches (10 Jira points), so an hourly run costs a site at
 * most 10 points an hour however large its portfolio (the pool is 65,000 points an hour for the
 * app across all sites) and 100,000 initiatives are covered every ~4 days.
 */
export const RECONCILE_PER_RUN = 1_000;
/** Time a run keeps back: one search (possibly retried once), the repairs of a page and saving. */
const STOP_RESERVE_MS = 15_000;
const FALLBACK_BUDGET_MS = 50_000;

/**
 * Stores the lifecycle of a record written before the lifecycle existed, derived with the admins'
 * mapping (`lifecycleOf`), once: the panel and JQL's csiState then show the mapped stage (without
 * the mapping they derive it from the status category), and its projection follows. Nothing to do
 * for a record that has one, or while no mapping is saved.
 */
async function withStoredLifecycle(record: InitiativeRecord, stages: StageStatusMap): Promise<void> {
  if (record.lifecycle || stages.length === 0) return;
  await updateInitiative(record.issueId, (current) =>
    current.lifecycle ? undefined : { ...current, lifecycle: lifecycleOf(current, stages) },
  );
}

/**
 * Attaches the PIR a done initiative should have and has not (issue 11 item 3): its done event's
 * attachment failed (Jira or storage down, the event is not delivered again) or came before the
 * initiative existed. `attachPir` is the event's own, so a PIR is still attached once; an
 * initiative a rule skips is asked again on each run (one Jira read).
 */
async function withAttachedPir(record: InitiativeRecord, deps: ReturnType<typeof productionDeps>): Promise<void> {
  if (record.statusCategory !== 'done' || record.pir || record.rejection) return;
  const doneAt = new Date(record.factsVersion?.updated ?? Date.now()).toISOString();
  const { issueId, issueKey, projectKey, issueType } = record;
  await attachPir(attachPirDeps(deps), { issueId, issueKey, projectKey, issueType, doneAt });
}

/**
 * Scheduled (hourly, `csi-reconcile` in manifest.yml): compares the next slice of initiatives with
 * what Jira shows (field and `csi-score` property, read in bulk) and queues a projection for each
 * that drifted or was tampered with; the projection consumer writes storage's values back in bulk.
 * Stops early, keeping its place, when its time runs short or Jira asks the app to pause (paced on
 * the rate-limit headers); the next run carries on. A copy whose facts are older than Jira's (an
 * update event it missed: the manifest filter drops updates of an issue whose property is not in
 * Jira yet) takes Jira's facts (issue 8, finding 10). An initiative stored before the lifecycle
 * existed gets its derived lifecycle stored on the way once its copy holds Jira's facts (a one-off
 * migration, page by page; the repair of a record migrated meanwhile is its migration's projection).
 * A done initiative without its PIR gets it (`withAttachedPir`).
 */
export async function reconcileJira(): Promise<ReconcileRun> {
  const started = Date.now();
  const remaining = () => invocationRemainingMs() ?? FALLBACK_BUDGET_MS - (Date.now() - started);
  const pacer = new JiraWritePacer();
  let busy: string | null = null;
  const deps = productionDeps(createMemo());
  const config = async () => (await deps.settings.load()).config;
  const run = await reconcileProjections(
    {
      cursor: async () => (await loadReconcileRun())?.cursor ?? '',
      page: reconcilePage,
      inspect: async (records) => {
        const pace = pacer.next();
        if (pace.kind === 'wait') await new Promise((resolve) => setTimeout(resolve, pace.ms));
        try {
          const inspections = await inspectProjections(records, pacer.observe.bind(pacer));
          // Only a copy whose facts are Jira's is migrated (a newer status is followed first).
          const current = new Set(inspections.flatMap((i) => ('absent' in i || i.newerFacts ? [] : [i.issueId])));
          const stages = await deps.workflow.stages();
          for (const record of records) if (current.has(record.issueId)) await withStoredLifecycle(record, stages);
          for (const record of records) if (current.has(record.issueId)) await withAttachedPir(record, deps);
          return inspections;
        } catch (error) {
          if (!(error instanceof ProductBusyError)) throw error;
          busy = `Jira is busy (${error.reason ?? error.status}); the next run carries on`;
          return null;
        }
      },
      repair: queueRepair,
      refresh: async (facts, version) =>
        (await syncIssue({ ...deps, config, wasDeleted }, facts, version)) === 'updated',
      requestDrain: requestProjection,
      save: saveReconcileRun,
      last: loadReconcileRun,
      mustStop: () => {
        if (busy) return busy;
        const pace = pacer.next();
        if (pace.kind === 'pause') return `Paused: ${pace.why}`;
        return remaining() < STOP_RESERVE_MS ? 'The invocation time is nearly up' : null;
      },
    },
    { pageSize: SEARCH_ISSUES, perRun: RECONCILE_PER_RUN },
    new Date().toISOString(),
  );
  const keys = run.recentRepairs.slice(0, run.repaired).map((r) => `${r.issueKey} (${r.drift})`);
  console.log(
    `Reconcile: checked ${run.checked}, repaired ${run.repaired}${keys.length ? `: ${keys.join(', ')}` : ''}` +
      `${run.refreshed ? `; ${run.refreshed} copies took newer facts` : ''}${run.absent ? `; ${run.absent} not in Jira` : ''}${run.stoppedBecause ? `; stopped: ${run.stoppedBecause}` : ''}`,
  );
  return run;
}
