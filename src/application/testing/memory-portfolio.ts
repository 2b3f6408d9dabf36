import { FixedClock } from './fixed-clock';
import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import { isActive, type InitiativeRecord } from '../initiative-record';
import type { PortfolioPorts } from '../portfolio/portfolio-page.use-case';
import type { MemoryInitiatives } from './memory-initiatives';
import { memoryVisibility } from './memory-visibility';

type Filters = Parameters<PortfolioPorts['query']>[0]['filters'];

/** By score, highest first; an unscored initiative ranks as -1 (the index's value for it), then by id. */
export const byScore = (a: InitiativeRecord, b: InitiativeRecord): number =>
  (b.computed.score ?? -1) - (a.computed.score ?? -1) || a.issueId.localeCompare(b.issueId);

/**
 * The portfolio's reads (`PortfolioPorts`) over a `MemoryInitiatives`, paging like the platform's
 * indexed query: a page reads `limit` of the project's initiatives by score and only then applies
 * the filters, so it can come back short or empty with a cursor. `hidden`: issue ids the reader may
 * not browse. `reads` counts store pages.
 */
export function memoryPortfolio(
  initiatives: MemoryInitiatives,
  config: () => ScoringConfig,
  hidden: readonly string[] = [],
): PortfolioPorts & { reads: number } {
  const port = {
    reads: 0,
    ...memoryVisibility(hidden),
    config: () => Promise.resolve(config()),
    now: () => new FixedClock().now(),
    query: (q: Parameters<PortfolioPorts['query']>[0]) => {
      port.reads += 1;
      const rows = initiatives
        .all()
        .filter((r) => r.projectKey === q.projectKey)
        .sort(byScore);
      const start = q.cursor ? Number(q.cursor) : 0;
      const records = rows.slice(start, start + q.limit).filter((r) => matches(r, q.filters));
      const more = start + q.limit < rows.length;
      return Promise.resolve(more ? { records, nextCursor: String(start + q.limit) } : { records });
    },
    activeClasses: (projectKey: string) =>
      Promise.resolve(
        initiatives
          .all()
          .filter((r) => r.projectKey === projectKey && isActive(r))
          .map((r) => r.computed.initiativeClass),
      ),
  };
  return port;
}

function matches(r: InitiativeRecord, f: Filters): boolean {
  if (f.status !== undefined && r.status !== f.status) return false;
  if (f.initiativeClass !== undefined && r.computed.initiativeClass !== f.initiativeClass) return false;
  if (f.complete !== undefined && r.computed.complete !== f.complete) return false;
  if (f.needsAlignment !== undefined && r.computed.needsAlignment !== f.needsAlignment) return false;
  return f.mviPassed === undefined || (r.computed.mvi.status === 'passed') === f.mviPassed;
}
