import type { PanelData } from '../../contracts/issue-panel.contract';
import type { KpiPlan } from '../../contracts/views';
import { err, ok, type Result } from '../../domain/result';
import { validateRatings } from '../../domain/scoring/validate-ratings';
import { checkMvi } from '../../domain/scoring/check-mvi';
import type {
  ClockPort,
  IdentityPort,
  InitiativesPort,
  IssueFactsPort,
  ProgressUpdatesPort,
  RequestsPort,
  SettingsPort,
} from '../ports';
import { fromJira } from './new-initiative';
import { panelView } from './panel-view';
import { rescoreRecord } from './rescore-record';
import { notTakingPart } from './takes-part';

export interface PanelDeps {
  settings: SettingsPort;
  initiatives: InitiativesPort;
  issues: IssueFactsPort;
  updates: ProgressUpdatesPort;
  requests: RequestsPort;
  identity: IdentityPort;
  clock: ClockPort;
}

export interface PanelCaller {
  issue: { id: string; key: string; type: string | undefined };
  accountId: string;
  canEdit: boolean;
  isCsiAdmin: boolean;
}

const RECENT_UPDATES = 10;

/** Opening the panel: three KVS reads (settings, initiative, recent updates), no product calls. */
export async function getPanel(deps: PanelDeps, caller: PanelCaller): Promise<Result<PanelData>> {
  const [settings, record, updates] = await Promise.all([
    deps.settings.load(),
    deps.initiatives.get(caller.issue.id),
    deps.updates.recent(caller.issue.id, RECENT_UPDATES),
  ]);
  return ok(
    panelView({
      issue: caller.issue,
      config: settings.config,
      record,
      updates,
      viewer: { accountId: caller.accountId, canEdit: caller.canEdit, isCsiAdmin: caller.isCsiAdmin },
    }),
  );
}

/** A rater's ratings (replacing their earlier ones on the same criteria), then a re-score. */
export async function rateInitiative(
  deps: PanelDeps,
  caller: PanelCaller,
  ratings: Array<{ criterionKey: string; rating: number; rationale: string }>,
  requestId?: string,
): Promise<Result<PanelData>> {
  const requestKey = requestId && deps.requests.key(caller.accountId, requestId);
  if (requestKey && (await deps.requests.seen(requestKey))) return getPanel(deps, caller);
  const { config } = await deps.settings.load();
  const checked = validateRatings(config.criteria, Object.fromEntries(ratings.map((r) => [r.criterionKey, r.rating])));
  if (!checked.ok) return err({ ...checked.error, fieldErrors: byIndex(ratings, checked.error.fieldErrors) });
  if (!config.enabledIssueTypes.includes(caller.issue.type ?? '')) {
    return err({
      code: 'PRECONDITION_FAILED',
      message: `${caller.issue.type ?? 'This issue type'} issues do not take part in CSI scoring.`,
    });
  }
  const [actor, at] = [await deps.identity.currentUser(), deps.clock.now()];
  const names = new Map(config.criteria.map((c) => [c.key, c.name]));
  const saved = await deps.initiatives.update(
    caller.issue.id,
    (current) => {
      if (current.rejection) return undefined;
      const mine = current.raters.find((r) => r.rater.accountId === actor.accountId);
      const merged = {
        ...(mine?.ratings ?? {}),
        ...Object.fromEntries(ratings.map((r) => [r.criterionKey, { rating: r.rating, rationale: r.rationale }])),
      };
      const raters = [
        ...current.raters.filter((r) => r.rater.accountId !== actor.accountId),
        { rater: actor, at, ratings: merged },
      ];
      const text = `Rated ${ratings.map((r) => `${names.get(r.criterionKey) ?? r.criterionKey} ${r.rating}`).join(', ')}`;
      return rescoreRecord({ ...current, raters }, config, { actor, at, text });
    },
    fromJira(deps.issues, caller.issue.id, config),
    { requestKey: requestKey || undefined },
  );
  if (saved?.rejection)
    return err({ code: 'PRECONDITION_FAILED', message: 'This initiative was rejected; its score is frozen.' });
  return getPanel(deps, caller);
}

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

/** `ratings.<criterion key>` from the domain -> `ratings.<index>.criterionKey`, as the payload is keyed. */
function byIndex(ratings: Array<{ criterionKey: string }>, fieldErrors: Record<string, string[]> | undefined) {
  return Object.fromEntries(
    Object.entries(fieldErrors ?? {}).map(([path, messages]) => {
      const index = ratings.findIndex((r) => `ratings.${r.criterionKey}` === path);
      return [index >= 0 ? `ratings.${index}.criterionKey` : path, messages];
    }),
  );
}

function prefix(path: string, fieldErrors: Record<string, string[]> | undefined): Record<string, string[]> | undefined {
  if (!fieldErrors) return undefined;
  return Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [`${path}.${k}`, v]));
}
