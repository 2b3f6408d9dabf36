import type { SavedView } from '../../contracts/project-page.contract';
import type { PortfolioRow } from '../../contracts/views';

type Sort = SavedView['sort'];

const VALUE: Record<NonNullable<Sort>['key'], (r: PortfolioRow) => string | number | null> = {
  rank: (r) => r.rank,
  key: (r) => r.issueKey,
  summary: (r) => r.summary.toLowerCase(),
  status: (r) => r.status.toLowerCase(),
  score: (r) => r.score,
  class: (r) => r.initiativeClass,
  owner: (r) => r.owner?.toLowerCase() ?? null,
};

/**
 * The rows in the reader's sort, as the portfolio table shows them (empty values last, ties in
 * rank order); no sort keeps the ranking.
 *
 * @example sortRows(rows, { key: 'summary', order: 'ASC' })
 */
export function sortRows(rows: readonly PortfolioRow[], sort: Sort | undefined): PortfolioRow[] {
  if (!sort) return [...rows];
  const of = VALUE[sort.key];
  const sign = sort.order === 'ASC' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [of(a), of(b)];
    if (x === y) return a.rank - b.rank;
    if (x === null) return 1;
    if (y === null) return -1;
    const byKey = sort.key === 'key' ? issueKeyOrder(String(x), String(y)) : x < y ? -1 : 1;
    return sign * byKey || a.rank - b.rank;
  });
}

/** CSI-2 before CSI-10. */
function issueKeyOrder(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}
