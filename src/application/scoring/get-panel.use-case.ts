import type { PanelData } from '../../contracts/issue-panel.contract';
import { ok, type Result } from '../../domain/result';
import type { ProgressUpdatesPort, SettingsPort } from '../ports';
import { panelView } from './panel-view';
import type { InitiativeRecord } from '../initiative-record';
import type { RaterRatings } from '../rater-ratings';
import type { PanelCaller, PanelDeps } from './panel.ports';
import type { PilotRecord } from '../pilot/pilot-record';
import { pirViewerOf } from '../pir/pir-caller';
import { pirView } from '../pir/pir-view';
import { actionsOf } from '../pir/pir-copy';
import type { PirRecord } from '../pir/pir-record';

/** How many progress updates the panel shows. */
export const RECENT_UPDATES = 10;

/**
 * How many raters' rationales the panel shows first (each entry may hold 20 rationales of 2,000
 * characters: 50 of them made a 1.2 MB answer); the rest come a page at a time on request.
 */
export const RATERS_PAGE = 10;

/**
 * Opening the panel: settings, then initiative, pilot, PIR and services catalogue (one batch get;
 * the catalogue tells whether the viewer owns a service a PIR section is for), recent updates and
 * the latest raters (one query of at most RATERS_PAGE, with the cursor to the rest), plus the
 * viewer's own ratings when they are not among those (one get); each value is bounded however many
 * people rated. The only product call: one JQL search for the live status of a PIR's action
 * issues, when it has any.
 */
export async function getPanel(deps: PanelDeps, caller: PanelCaller): Promise<Result<PanelData>> {
  const [settings, { record, pilot, pir, catalogue }, read, updates] = await Promise.all([
    deps.settings.load(),
    deps.pilots.readWithInitiative(caller.issue.id),
    deps.ratings.page(caller.issue.id, RATERS_PAGE),
    deps.updates.recent(caller.issue.id, RECENT_UPDATES),
  ]);
  // Without a cursor the store has none to refuse.
  const page = read === 'invalid-cursor' ? { raters: [] } : read;
  const mine =
    page.raters.find((r) => r.rater.accountId === caller.accountId) ??
    (page.nextCursor === undefined ? undefined : await deps.ratings.mine(caller.issue.id, caller.accountId));
  const panel = panelOf(caller, settings.config, record, mine, updates, page.raters, deps.clock.now(), pilot);
  return ok({
    ...panel,
    moreRaters: page.nextCursor ?? null,
    pir: pir
      ? pirView(
          pir,
          await pirViewerOf(deps, caller, pir, record, { pilot, catalogue }),
          deps.clock.now(),
          await liveActions(deps, pir),
        )
      : null,
  });
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

/** The PIR's action issues as Jira has them now (one search), or null when Jira could not answer. */
async function liveActions(deps: PanelDeps, pir: PirRecord) {
  if (!actionsOf(pir).some((a) => a.issueKey !== null)) return [];
  try {
    return await deps.actionIssues.search(pir.issueId);
  } catch (cause) {
    console.warn(`The live status of ${pir.issueKey}'s PIR actions is unavailable`, cause);
    return null;
  }
}
