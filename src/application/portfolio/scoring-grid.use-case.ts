import type { GridPage, GridRow } from '../../contracts/project-page.contract';
import type { InitiativeRecord } from '../initiative-record';
import { rowOf, splitCursor, visiblePage, type PortfolioPorts } from './portfolio-page.use-case';

/**
 * One page of the scoring grid: the project's initiatives the reader may browse (same filters and
 * order as the portfolio), the criteria with their level descriptions, and the reader's own
 * ratings per row, so a rater sees what they gave before and changes only what they type.
 */
export async function scoringGridPage(
  ports: Pick<PortfolioPorts, 'config' | 'query' | 'browsable'>,
  req: { projectKey: string; accountId: string; filters: Parameters<PortfolioPorts['query']>[0]['filters'] } & {
    cursor?: string;
    limit: number;
  },
): Promise<GridPage> {
  const [offsetText, storeCursor] = splitCursor(req.cursor);
  const [config, page] = await Promise.all([
    ports.config(),
    visiblePage(ports, { projectKey: req.projectKey, filters: req.filters, cursor: storeCursor, limit: req.limit }),
  ]);
  const offset = Number(offsetText);
  const rows = page.records.map((r, i) => gridRowOf(r, offset + i + 1, req.accountId));
  return {
    criteria: config.criteria.map((c) => ({ ...c, levels: [...c.levels] })),
    rows,
    nextCursor: page.nextCursor ? `${offset + rows.length}|${page.nextCursor}` : null,
  };
}

/** A portfolio row with one rater's own ratings. */
export function gridRowOf(record: InitiativeRecord, rank: number, accountId: string): GridRow {
  // The record keeps each recent rater's numbers (rationales are in the `rating` entity).
  const mine = record.raterSummaries.find((r) => r.rater.accountId === accountId)?.ratings ?? {};
  return { ...rowOf(record, rank), myRatings: { ...mine } };
}
