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
  RatingsPort,
  RequestsPort,
  SettingsPort,
} from '../ports';
import { fromJira } from './new-initiative';
import { panelView } from './panel-view';
import { rescoreRecord } from './rescore-record';
import { RATER_SUMMARY_LIMIT, type InitiativeRecord } from '../initiative-record';
import type { RaterRatings } from '../rater-ratings';
import { applyRating } from './apply-rating';
import { notTakingPart } from './takes-part';

export interface PanelDeps {
  settings: SettingsPort;
  initiatives: InitiativesPort;
  ratings: RatingsPort;
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

/**
 * Opening the panel: settings, initiative, recent updates and the latest raters (one query of at
 * most RATER_SUMMARY_LIMIT), plus the viewer's own ratings when they are not among those; each value
 * is bounded however many people rated. No product calls.
 */
export async function getPanel(deps: PanelDeps, caller: PanelCaller): Promise<Result<PanelData>> {
  const [settings, record, raters, updates] = await Promise.all([
    deps.settings.load(),
    deps.initiatives.get(caller.issue.id),
    deps.ratings.latest(caller.issue.id, RATER_SUMMARY_LIMIT),
    deps.updates.recent(caller.issue.id, RECENT_UPDATES),
  ]);
  const mine =
    raters.find((r) => r.rater.accountId === caller.accountId) ??
    (raters.length < RATER_SUMMARY_LIMIT ? undefined : await deps.ratings.mine(caller.issue.id, caller.accountId));
  return ok(panelOf(caller, settings.config, record, mine, updates, raters));
}

function panelOf(
  caller: PanelCaller,
  config: Awaited<ReturnType<SettingsPort['load']>>['config'],
  record: InitiativeRecord | undefined,
  mine: RaterRatings | undefined,
  updates: Awaited<ReturnType<ProgressUpdatesPort['recent']>>,
  raters: RaterRatings[],
): PanelData {
  return panelView({
    issue: caller.issue,
    config,
    record,
    mine,
    raterRatings: mine ? [mine, ...raters.filter((r) => r.rater.accountId !== mine.rater.accountId)] : raters,
    updates,
    viewer: { accountId: caller.accountId, canEdit: caller.canEdit, isCsiAdmin: caller.isCsiAdmin },
  });
}

/**
 * A rater's ratings (replacing their earlier ones on the same criteria), then a re-score. The
 * rationales go to the rater's own entry; the initiative keeps the tally. KVS: settings and the
 * initiative (one get each), the latest raters (one query, which holds the rater's own entry), one
 * transaction, and the recent updates for the answer; REST: none beyond the permission check once
 * the rater has rated before (the display name is kept in their entry). A retry with the same request id finds it in the entry and writes nothing.
 */
export async function rateInitiative(
  deps: PanelDeps,
  caller: PanelCaller,
  ratings: Array<{ criterionKey: string; rating: number; rationale: string }>,
  requestId?: string,
): Promise<Result<PanelData>> {
  const { config } = await deps.settings.load();
  const checked = validateRatings(config.criteria, Object.fromEntries(ratings.map((r) => [r.criterionKey, r.rating])));
  if (!checked.ok) return err({ ...checked.error, fieldErrors: byIndex(ratings, checked.error.fieldErrors) });
  if (!config.enabledIssueTypes.includes(caller.issue.type ?? '')) {
    return err({
      code: 'PRECONDITION_FAILED',
      message: `${caller.issue.type ?? 'This issue type'} issues do not take part in CSI scoring.`,
    });
  }
  const at = deps.clock.now();
  const names = new Map(config.criteria.map((c) => [c.key, c.name]));
  const text = `Rated ${ratings.map((r) => `${names.get(r.criterionKey) ?? r.criterionKey} ${r.rating}`).join(', ')}`;
  const given = Object.fromEntries(ratings.map((r) => [r.criterionKey, { rating: r.rating, rationale: r.rationale }]));
  let identity: Promise<{ accountId: string; displayName: string }> | undefined;
  // The answer lists the latest raters: that query also gives the rater's own entry (no get).
  const latest = await deps.ratings.latest(caller.issue.id, RATER_SUMMARY_LIMIT);
  const hint = latest.find((r) => r.rater.accountId === caller.accountId);
  const saved = await deps.ratings.rate(
    caller.issue.id,
    caller.accountId,
    async (current, mine) => {
      if (current.rejection) return undefined;
      if (requestId && mine?.requestIds.includes(requestId)) return undefined;
      const actor = mine?.rater ?? (await (identity ??= deps.identity.currentUser()));
      return applyRating(current, mine, { actor, at, text, given, requestId, config });
    },
    fromJira(deps.issues, caller.issue.id, config),
    hint ?? (latest.length < RATER_SUMMARY_LIMIT ? null : undefined),
  );
  if (saved.record?.rejection)
    return err({ code: 'PRECONDITION_FAILED', message: 'This initiative was rejected; its score is frozen.' });
  const updates = await deps.updates.recent(caller.issue.id, RECENT_UPDATES);
  return ok(panelOf(caller, config, saved.record, saved.mine, updates, latest));
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
