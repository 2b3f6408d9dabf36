import { csvCell } from '../../domain/shared/csv-cell';
import type { ExportFile } from '../../contracts/decision-log.contract';
import type { InitiativeRecord } from '../initiative-record';
import { rowOf, visiblePage } from './portfolio-page.use-case';
import type { PortfolioPorts } from './portfolio-page.use-case';
import { sortRows } from './sort-rows';
import type { SavedView } from '../../contracts/project-page.contract';

const HEADERS = [
  'rank',
  'issueKey',
  'summary',
  'status',
  'score',
  'complete',
  'class',
  'needsAlignment',
  'mviPassed',
  'owner',
  'raters',
];

/**
 * The whole ranked list (with the same filters, in the reader's sort) as CSV, formula-safe, for
 * planning spreadsheets: every store page until the cursor is gone (a filtered page may be empty
 * with more after it), without the issues the reader may not browse. People are named by their
 * display names (owner, raters), never by account id.
 */
export async function exportPortfolio(
  ports: Pick<PortfolioPorts, 'query' | 'browsable'>,
  req: {
    projectKey: string;
    filters: Parameters<PortfolioPorts['query']>[0]['filters'];
    sort?: SavedView['sort'];
  },
): Promise<ExportFile> {
  const records: InitiativeRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await visiblePage(ports, { projectKey: req.projectKey, filters: req.filters, cursor, limit: 100 }, 1);
    records.push(...page.records);
    cursor = page.nextCursor;
  } while (cursor && records.length < 20_000);
  const rows = sortRows(
    records.map((r, i) => rowOf(r, i + 1)),
    req.sort,
  );
  const lines = rows.map((row) => {
    return [
      row.rank,
      row.issueKey,
      row.summary,
      row.status,
      row.score ?? '',
      row.complete,
      row.initiativeClass,
      row.needsAlignment,
      row.mviPassed ?? '',
      row.owner ?? '',
      row.raters.join('; '),
    ];
  });
  const content =
    [HEADERS, ...lines].map((cells) => cells.map((c) => csvCell(String(c))).join(',')).join('\r\n') + '\r\n';
  return { filename: `csi-portfolio-${req.projectKey}.csv`, mimeType: 'text/csv', content };
}
