import type { PanelData } from '../../contracts/issue-panel.contract';
import { ok, type Result } from '../../domain/result';
import type { ProgressUpdatesPort, SettingsPort } from '../ports';
import { panelView } from './panel-view';
import { RATER_SUMMARY_LIMIT, type InitiativeRecord } from '../initiative-record';
import type { RaterRatings } from '../rater-ratings';
import type { PanelCaller, PanelDeps } from './panel.ports';
import type { PilotRecord } from '../pilot/pilot-record';

/** How many progress updates the panel shows. */
export const RECENT_UPDATES = 10;

/**
 * Opening the panel: settings, initiative and pilot (one batch get), recent updates and the latest raters (one query of at
 * most RATER_SUMMARY_LIMIT), plus the viewer's own ratings when they are not among those; each value
 * is bounded however many people rated. No product calls.
 */
export async function getPanel(deps: PanelDeps, caller: PanelCaller): Promise<Result<PanelData>> {
  const [settings, { record, pilot }, raters, updates] = await Promise.all([
    deps.settings.load(),
    deps.pilots.readWithInitiative(caller.issue.id),
    deps.ratings.latest(caller.issue.id, RATER_SUMMARY_LIMIT),
    deps.updates.recent(caller.issue.id, RECENT_UPDATES),
  ]);
  const mine =
    raters.find((r) => r.rater.accountId === caller.accountId) ??
    (raters.length < RATER_SUMMARY_LIMIT ? undefined : await deps.ratings.mine(caller.issue.id, caller.accountId));
  return ok(panelOf(caller, settings.config, record, mine, updates, raters, deps.clock.now(), pilot));
}

/** The panel's answer from what was read (also what a rating answers, without reading again). */
export function panelOf(
  caller: PanelCaller,
  config: Awaited<ReturnType<SettingsPort['load']>>['config'],
  record: InitiativeRecord | undefined,
  mine: RaterRatings | undefined,
  updates: Awaited<ReturnType<ProgressUpdatesPort['recent']>>,
  raters: RaterRatings[],
  now: string,
  pilot?: PilotRecord,
): PanelData {
  return panelView({
    issue: caller.issue,
    config,
    record,
    mine,
    raterRatings: mine ? [mine, ...raters.filter((r) => r.rater.accountId !== mine.rater.accountId)] : raters,
    updates,
    pilot,
    now,
    viewer: { accountId: caller.accountId, canEdit: caller.canEdit, isCsiAdmin: caller.isCsiAdmin },
  });
}
