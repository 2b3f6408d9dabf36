import type { PanelData } from '../../contracts/issue-panel.contract';
import { STOP_CRITERION_LABELS, type StopCriterionInput } from '../../contracts/stop-criteria.contract';
import { validateStopCriteria } from '../../domain/lifecycle/validate-stop-criteria';
import { err, type Result } from '../../domain/result';
import { HISTORY_LIMIT } from '../initiative-record';
import { lifecycleOf } from '../lifecycle/lifecycle-state';
import { getPanel } from '../scoring/get-panel.use-case';
import { fromJira } from '../scoring/new-initiative';
import type { PanelCaller, PanelDeps } from '../scoring/panel.ports';
import { notTakingPart } from '../scoring/takes-part';
import { refreshTriggers } from './refresh-triggers';
import { stopFacts } from './stop-facts';

/**
 * A CSI admin declares the initiative's pause / terminate criteria (issue 10 item 4), typically when
 * it is approved: the list replaces the one before, is evaluated at once against the initiative and
 * its pilot, and leaves a history row saying who declared what. Invalid criteria change nothing. A
 * retried request id answers the current panel without writing again.
 */
export async function saveStopCriteria(
  deps: PanelDeps,
  caller: PanelCaller,
  criteria: StopCriterionInput[],
  requestId?: string,
): Promise<Result<PanelData>> {
  const requestKey = requestId && deps.requests.key(caller.accountId, requestId);
  if (requestKey && (await deps.requests.seen(requestKey))) return getPanel(deps, caller);
  const { config } = await deps.settings.load();
  const refused = notTakingPart(config, caller);
  if (refused) return refused;
  const checked = validateStopCriteria(criteria);
  if (!checked.ok) return err({ ...checked.error, fieldErrors: prefixed(checked.error.fieldErrors) });
  const [actor, at, stages, pilot] = await Promise.all([
    deps.identity.currentUser(),
    Promise.resolve(deps.clock.now()),
    deps.workflow.stages(),
    deps.pilots.get(caller.issue.id),
  ]);
  const change = describe(checked.value);
  await deps.initiatives.update(
    caller.issue.id,
    (current) => {
      const facts = stopFacts(current, lifecycleOf(current, stages).stage, pilot, at);
      const row = { at, actor, change, score: current.computed.score };
      return {
        ...current,
        stopCriteria: checked.value,
        triggers: refreshTriggers(current.triggers, checked.value, facts, at),
        history: [row, ...current.history].slice(0, HISTORY_LIMIT),
      };
    },
    fromJira(deps.issues, caller.issue.id, config),
    { requestKey: requestKey || undefined },
  );
  return getPanel(deps, caller);
}

/** "Pause / terminate criteria: pause if the score falls below 40; ..." for the history row. */
function describe(criteria: readonly StopCriterionInput[]): string {
  if (criteria.length === 0) return 'Pause / terminate criteria removed';
  return `Pause / terminate criteria: ${criteria.map((c) => STOP_CRITERION_LABELS.describe(c)).join('; ')}`.slice(
    0,
    300,
  );
}

function prefixed(fieldErrors: Record<string, string[]> | undefined): Record<string, string[]> | undefined {
  return fieldErrors && Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [`criteria.${k}`, v]));
}
