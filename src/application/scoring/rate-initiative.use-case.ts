import type { RatedPanel } from '../../contracts/issue-panel.contract';
import { err, ok, type Result } from '../../domain/result';
import { validateRatings } from '../../domain/scoring/validate-ratings';
import { fromJira } from './new-initiative';
import { applyRating } from './apply-rating';
import { panelOf } from './get-panel.use-case';
import type { PanelCaller, PanelDeps } from './panel.ports';

/**
 * A rater's ratings (replacing their earlier ones on the same criteria), then a re-score. The
 * rationales go to the rater's own entry; the initiative keeps the tally. KVS: settings (one get,
 * shared with the permission check), the initiative and the rater's entry (one batch get), one
 * transaction (plus the portfolio stats when the class changes); REST: none beyond the permission
 * check once the rater has rated before (the display name is kept in their entry). The answer is
 * what changed (`RatedPanel`), not the other raters or the updates. A retry with the same request
 * id finds it in the entry and writes nothing.
 */
export async function rateInitiative(
  deps: PanelDeps,
  caller: PanelCaller,
  ratings: Array<{ criterionKey: string; rating: number; rationale: string }>,
  requestId?: string,
): Promise<Result<RatedPanel>> {
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
  );
  if (saved.record?.rejection)
    return err({ code: 'PRECONDITION_FAILED', message: 'This initiative was rejected; its score is frozen.' });
  const {
    updates: _none,
    pilot: _p,
    stopCriteria: _s,
    moreRaters: _m,
    ...rated
  } = panelOf(caller, config, saved.record, saved.mine, [], [], at);
  return ok(rated);
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
