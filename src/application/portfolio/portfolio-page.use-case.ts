import type { PortfolioPage } from '../../contracts/project-page.contract';
import type { PortfolioRow } from '../../contracts/views';
import { balanceView } from './balance-view';
import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import type { InitiativeRecord } from '../initiative-record';

type Filters = {
  status?: string;
  initiativeClass?: string;
  complete?: boolean;
  needsAlignment?: boolean;
  mviPassed?: boolean;
};

export interface PortfolioPorts {
  config(): Promise<ScoringConfig>;
  query(q: {
    projectKey: string;
    filters: Filters;
    cursor?: string;
    limit: number;
  }): Promise<{ records: InitiativeRecord[]; nextCursor?: string }>;
  activeClasses(projectKey: string): Promise<Array<InitiativeRecord['computed']['initiativeClass']>>;
}

/**
 * One page of the ranked portfolio: one indexed query (filters applied by the store) plus two gets
 * (configuration and the project's class tally) for the balance picture, the same at any size.
 * The cursor carries the rank offset so ranks continue across pages.
 */
export async function portfolioPage(
  ports: PortfolioPorts,
  req: { projectKey: string; filters: Filters; cursor?: string; limit: number },
): Promise<PortfolioPage> {
  const [offsetText, storeCursor] = splitCursor(req.cursor);
  const [config, page, classes] = await Promise.all([
    ports.config(),
    ports.query({ projectKey: req.projectKey, filters: req.filters, cursor: storeCursor, limit: req.limit }),
    ports.activeClasses(req.projectKey),
  ]);
  const offset = Number(offsetText);
  const rows = page.records.map((r, i) => rowOf(r, offset + i + 1));
  return {
    rows,
    nextCursor: page.nextCursor ? `${offset + rows.length}|${page.nextCursor}` : null,
    balance: balanceView(classes, config.balanceBand),
  };
}

export function rowOf(r: InitiativeRecord, rank: number): PortfolioRow {
  return {
    rank,
    issueKey: r.issueKey,
    summary: r.summary,
    status: r.status,
    score: r.computed.score,
    complete: r.computed.complete,
    initiativeClass: r.computed.initiativeClass,
    needsAlignment: r.computed.needsAlignment,
    mviPassed: r.computed.mvi.status === 'missing' ? null : r.computed.mvi.status === 'passed',
  };
}

function splitCursor(cursor: string | undefined): [string, string | undefined] {
  const match = cursor ? /^(\d{1,6})\|(.+)$/.exec(cursor) : null;
  return match ? [match[1] as string, match[2]] : ['0', undefined];
}
