import type { GridRowSaved } from '../../contracts/project-page.contract';
import { err, ok, type Result } from '../../domain/result';
import { validateRatings } from '../../domain/scoring/validate-ratings';
import { rateInitiative } from '../scoring/rate-initiative.use-case';
import type { PanelDeps } from '../scoring/panel.ports';
import { gridRowOf } from './scoring-grid.use-case';

/** What the caller may do on one issue, asked of Jira as the caller (issue-level security included). */
export interface IssueAccessPort {
  access(issue: { id: string; key: string; type: string }): Promise<{ browse: boolean; edit: boolean }>;
}

export interface GridCell {
  criterionKey: string;
  rating: number | string;
  rationale?: string;
}

const NOT_HERE = { code: 'NOT_FOUND', message: 'This initiative is not in this project, or you cannot see it.' };

/**
 * Saves one row of the scoring grid through the issue panel's `rateInitiative` (same rules, same
 * history, same request ids). The issue is named by the payload, so it is checked here: it must
 * be an initiative of the page's project (stored copy) that the caller may browse (an issue they
 * cannot see answers as one that does not exist) and edit. Each cell is judged alone with the
 * domain's rating rule: valid cells are saved, refused cells come back keyed
 * `ratings.<index>.rating` (or `.criterionKey`), and a row with no valid cell saves nothing.
 * A cell without a rationale keeps the caller's earlier rationale for that criterion.
 */
export async function rateGridRow(
  deps: PanelDeps & IssueAccessPort,
  caller: { projectKey: string; accountId: string },
  req: { issue: string; ratings: GridCell[]; requestId?: string },
): Promise<Result<GridRowSaved>> {
  const record = await deps.initiatives.get(req.issue);
  if (!record || record.projectKey !== caller.projectKey) return err(NOT_HERE);
  const issue = { id: record.issueId, key: record.issueKey, type: record.issueType };
  const access = await deps.access(issue);
  if (!access.browse) return err(NOT_HERE);
  if (!access.edit) return err({ code: 'FORBIDDEN', message: 'You need permission to edit this issue.' });
  const { config } = await deps.settings.load();
  const refused: Record<string, string[]> = {};
  const valid: Array<{ criterionKey: string; rating: number; rationale: string }> = [];
  const before =
    (await deps.ratings.mine(record.issueId, caller.accountId))?.ratings ??
    record.raters.find((r) => r.rater.accountId === caller.accountId)?.ratings ??
    {};
  req.ratings.forEach((cell, index) => {
    const checked = validateRatings(config.criteria, { [cell.criterionKey]: cell.rating });
    if (!checked.ok) {
      const messages = Object.values(checked.error.fieldErrors ?? {}).flat();
      const known = config.criteria.some((c) => c.key === cell.criterionKey);
      refused[`ratings.${index}.${known ? 'rating' : 'criterionKey'}`] = messages;
      return;
    }
    const rating = checked.value[cell.criterionKey];
    if (rating === undefined) return;
    const rationale = cell.rationale ?? before[cell.criterionKey]?.rationale ?? '';
    valid.push({ criterionKey: cell.criterionKey, rating, rationale });
  });
  if (valid.length === 0) {
    return err({ code: 'INVALID_INPUT', message: 'No rating in this row could be saved.', fieldErrors: refused });
  }
  const caller2 = { issue, accountId: caller.accountId, canEdit: true, isCsiAdmin: false };
  const saved = await rateInitiative(deps, caller2, valid, req.requestId);
  if (!saved.ok) return saved;
  const now = await deps.initiatives.get(req.issue);
  if (!now) return err(NOT_HERE);
  return ok({ row: gridRowOf(now, 0, caller.accountId), refused });
}
