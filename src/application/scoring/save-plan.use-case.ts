import type { PanelData } from '../../contracts/issue-panel.contract';
import type { KpiPlan } from '../../contracts/views';
import { err, type Result } from '../../domain/result';
import { checkMvi } from '../../domain/scoring/check-mvi';
import { fromJira } from './new-initiative';
import { rescoreRecord } from './rescore-record';
import { notTakingPart } from './takes-part';
import type { PanelCaller, PanelDeps } from './panel.ports';
import { getPanel } from './get-panel.use-case';

/** Planned duration and the KPI for the minimum-viable-improvement check. */
export async function savePlan(
  deps: PanelDeps,
  caller: PanelCaller,
  plan: { plannedDurationDays: number | null; kpi: KpiPlan | null },
  requestId?: string,
): Promise<Result<PanelData>> {
  const requestKey = requestId && deps.requests.key(caller.accountId, requestId);
  if (requestKey && (await deps.requests.seen(requestKey))) return getPanel(deps, caller);
  const { config } = await deps.settings.load();
  const refused = notTakingPart(config, caller);
  if (refused) return refused;
  if (plan.kpi) {
    const mvi = checkMvi({ ...plan.kpi, thresholdPct: plan.kpi.thresholdPct ?? config.mviThresholdPct });
    if (!mvi.ok) return err({ ...mvi.error, fieldErrors: prefix('kpi', mvi.error.fieldErrors) });
  }
  const [actor, at] = [await deps.identity.currentUser(), deps.clock.now()];
  const text = planText(plan);
  await deps.initiatives.update(
    caller.issue.id,
    (current) => rescoreRecord({ ...current, plan }, config, { actor, at, text }),
    fromJira(deps.issues, caller.issue.id, config),
    { requestKey: requestKey || undefined },
  );
  return getPanel(deps, caller);
}

function planText(plan: { plannedDurationDays: number | null; kpi: KpiPlan | null }): string {
  const days = plan.plannedDurationDays === null ? 'no planned duration' : `${plan.plannedDurationDays} days planned`;
  const kpi = plan.kpi ? `KPI ${plan.kpi.name}: ${plan.kpi.baseline} → ${plan.kpi.expected}` : 'no KPI';
  return `Plan: ${days}; ${kpi}`;
}

function prefix(path: string, fieldErrors: Record<string, string[]> | undefined): Record<string, string[]> | undefined {
  if (!fieldErrors) return undefined;
  return Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [`${path}.${k}`, v]));
}
