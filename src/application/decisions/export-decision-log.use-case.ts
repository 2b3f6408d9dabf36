import type { ExportFile } from '../../contracts/decision-log.contract';
import type { DecisionEntry } from '../../domain/decision-log/decision-entry';
import { toCsv } from '../../domain/decision-log/to-csv';
import { toJsonExport } from '../../domain/decision-log/to-json-export';
import { withinHead, type DecisionQueryPort } from './decision-log-page.use-case';
import { witnessLine } from '../../domain/decision-log/log-witness';
import { keepBrowsable } from '../issue-visibility';
import { decisionView } from './decision-view';
import { subjectIssueId } from './subject-issue-id';

const PAGE = 100;
const MAX_ENTRIES = 20_000;

/**
 * Every entry the reader may see (their projects and the configuration-wide entries, without the
 * entries about issues hidden from them by issue-level security), oldest first, as CSV or as the
 * self-describing JSON document. Each partition is paged through the index, 100 rows at a time,
 * until its cursor is gone: a filtered page can be empty and still have more after it. Every export
 * ends with the log head when exported (see `witnessLine`), a copy the app cannot rewrite later.
 */
export async function exportDecisionLog(
  port: DecisionQueryPort,
  req: {
    projects: string[];
    format: 'csv' | 'json';
    label: string;
    types?: readonly string[];
    from?: string;
    to?: string;
    /** Export time, printed with the log head (now by default). */
    now?: string;
  },
): Promise<ExportFile> {
  const entries: DecisionEntry[] = [];
  for (const partition of req.projects.length > 0 ? [...req.projects, '*'] : []) {
    let cursor: string | undefined;
    do {
      const page = await port.queryPartition({ partition, cursor, limit: PAGE, from: req.from, to: req.to });
      const wanted = page.items.filter((item) => {
        const view = decisionView(item);
        return view !== undefined && (!req.types?.length || req.types.includes(view.type));
      });
      const visible = await keepBrowsable(port, wanted, (item) => subjectIssueId(item.entry));
      entries.push(...visible.map((item) => item.entry as DecisionEntry));
      cursor = page.cursor;
    } while (cursor && entries.length < MAX_ENTRIES);
  }
  const head = await port.witness();
  const shown = (await withinHead(port, entries)).sort((a, b) => a.seq - b.seq);
  const witness = { head, line: witnessLine(head, req.now ?? new Date().toISOString()) };
  const stamp = req.label.replace(/[^A-Za-z0-9-]+/g, '-');
  return req.format === 'csv'
    ? { filename: `csi-decision-log-${stamp}.csv`, mimeType: 'text/csv', content: toCsv(shown, witness) }
    : {
        filename: `csi-decision-log-${stamp}.json`,
        mimeType: 'application/json',
        content: toJsonExport(shown, witness),
      };
}
