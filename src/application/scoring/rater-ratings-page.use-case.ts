import type { PanelData } from '../../contracts/issue-panel.contract';
import { err, ok, type Result } from '../../domain/result';
import { RATERS_PAGE } from './get-panel.use-case';
import type { PanelCaller, PanelDeps } from './panel.ports';

/**
 * The next page of who rated what and why (the panel shows the latest RATERS_PAGE first): one query
 * from the cursor the panel or the previous page gave, for the issue of the caller's own frame. A
 * cursor the store did not issue for this list is refused as bad input.
 */
export async function raterRatingsPage(
  deps: Pick<PanelDeps, 'ratings'>,
  caller: PanelCaller,
  cursor: string,
): Promise<Result<{ raterRatings: PanelData['raterRatings']; moreRaters: string | null }>> {
  const page = await deps.ratings.page(caller.issue.id, RATERS_PAGE, cursor);
  if (page === 'invalid-cursor') {
    const message = 'This list of raters changed or the link is stale: reload the panel.';
    return err({ code: 'INVALID_INPUT', message, fieldErrors: { cursor: [message] } });
  }
  return ok({
    raterRatings: page.raters.map((r) => ({ rater: r.rater, at: r.at, ratings: r.ratings })),
    moreRaters: page.nextCursor ?? null,
  });
}
