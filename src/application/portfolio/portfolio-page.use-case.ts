import { lifecycleView } from '../lifecycle/lifecycle-view';
import type { PortfolioPage } from '../../contracts/project-page.contract';
import type { PortfolioRow } from '../../contracts/views';
import { balanceView } from './balance-view';
import { valueEffort } from '../../domain/scoring/value-effort';
import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import type { InitiativeRecord } from '../initiative-record';
import { pirFlags } from '../pir/pir-copy';
import { keepBrowsable, type IssueVisibilityPort } from '../issue-visibility';

type Filters = {
  status?: string;
  initiativeClass?: string;
  complete?: boolean;
  needsAlignment?: boolean;
  mviPassed?: boolean;
};

/** The portfolio's storage, and (as the reader) which issues they may browse. */
export interface PortfolioPorts extends IssueVisibilityPort {
  config(): Promise<ScoringConfig>;
  query(q: {
    projectKey: string;
    filters: Filters;
    cursor?: string;
    limit: number;
  }): Promise<{ records: InitiativeRecord[]; nextCursor?: string }>;
  activeClasses(projectKey: string): Promise<Array<InitiativeRecord['computed']['initiativeClass']>>;
  /** Now (ISO), for the PIR's overdue flags. */
  now(): string;
}

/** Store pages read per screen at most; past it the page is short and offers "more". */
const MAX_STORE_PAGES = 10;

/**
 * One page of the ranked portfolio: indexed queries (filters applied by the store) plus two gets
 * (configuration and the project's class tally) for the balance picture. The store filters each
 * page after reading it, and issues the reader may not browse are dropped, so a page can come back
 * short: the next store page is read (asking only for what is still missing) until the page is
 * full, the cursor is gone or `MAX_STORE_PAGES` were read. The cursor carries the rank offset so
 * ranks continue across pages; ranks count what this reader sees.
 */
export async function portfolioPage(
  ports: PortfolioPorts,
  req: { projectKey: string; filters: Filters; cursor?: string; limit: number },
): Promise<PortfolioPage> {
  const [offsetText, storeCursor] = splitCursor(req.cursor);
  const [config, page, classes] = await Promise.all([
    ports.config(),
    visiblePage(ports, { projectKey: req.projectKey, filters: req.filters, cursor: storeCursor, limit: req.limit }),
    ports.activeClasses(req.projectKey),
  ]);
  const offset = Number(offsetText);
  const now = ports.now();
  const rows = page.records.map((r, i) => rowOf(r, offset + i + 1, now));
  return {
    rows,
    nextCursor: page.nextCursor ? `${offset + rows.length}|${page.nextCursor}` : null,
    balance: balanceView(classes, config.balanceBand),
  };
}

/** Up to `limit` initiatives the reader may browse, following the store cursor. */
export async function visiblePage(
  ports: Pick<PortfolioPorts, 'query' | 'browsable'>,
  q: Parameters<PortfolioPorts['query']>[0],
  maxStorePages = MAX_STORE_PAGES,
): Promise<{ records: InitiativeRecord[]; nextCursor?: string }> {
  const records: InitiativeRecord[] = [];
  let cursor = q.cursor;
  for (let reads = 0; reads < maxStorePages; reads += 1) {
    const page = await ports.query({ ...q, cursor, limit: q.limit - records.length });
    records.push(...(await keepBrowsable(ports, page.records, (r) => r.issueId)));
    cursor = page.nextCursor;
    if (!cursor || records.length >= q.limit) break;
  }
  return cursor ? { records, nextCursor: cursor } : { records };
}

/** A portfolio row; with `now`, its PIR's flags too (overdue review, overdue actions, open actions). */
export function rowOf(r: InitiativeRecord, rank: number, now?: string): PortfolioRow {
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
    issueId: r.issueId,
    owner: r.owner?.displayName ?? null,
    raters: r.raterSummaries.map((x) => x.rater.displayName),
    matrix: valueEffort(r.computed.breakdown),
    stage: stageOf(r),
    ...(now && r.pir
      ? { pir: { state: r.pir.state, openActions: r.pir.openActions, benefit: r.pir.benefit, ...pirFlags(r.pir, now) } }
      : {}),
  };
}

/** The row's lifecycle stage: the stage, its label and its lozenge tone. */
function stageOf(r: InitiativeRecord): NonNullable<PortfolioRow['stage']> {
  const view = lifecycleView(r)!;
  return { stage: view.stage, label: view.label, tone: view.tone };
}

/** A page cursor: the rank offset and the store's cursor (`offset|cursor`). */
export function splitCursor(cursor: string | undefined): [string, string | undefined] {
  const match = cursor ? /^(\d{1,6})\|(.+)$/.exec(cursor) : null;
  return match ? [match[1] as string, match[2]] : ['0', undefined];
}
