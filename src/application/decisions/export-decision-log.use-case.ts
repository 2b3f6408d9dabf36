import type { ExportFile } from '../../contracts/decision-log.contract';
import type { DecisionEntry } from '../../domain/decision-log/decision-entry';
import { toCsv } from '../../domain/decision-log/to-csv';
import { toJsonExport } from '../../domain/decision-log/to-json-export';
import type { DecisionQueryPort } from './decision-log-page.use-case';
import { decisionView } from './decision-view';

const PAGE = 100;
const MAX_ENTRIES = 20_000;

/**
 * Every entry the reader may see (their projects and the configuration-wide entries), oldest first,
 * as CSV or as the self-describing JSON document. Paged through the index, 100 at a time.
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
  },
): Promise<ExportFile> {
  const entries: DecisionEntry[] = [];
  for (const partition of req.projects.length > 0 ? [...req.projects, '*'] : []) {
    let beforeSeq: number | undefined;
    for (;;) {
      const page = await port.queryPartition({ partition, beforeSeq, limit: PAGE, from: req.from, to: req.to });
      for (const item of page.items) {
        const view = decisionView(item);
        if (view && (!req.types?.length || req.types.includes(view.type))) entries.push(item.entry as DecisionEntry);
      }
      const last = decisionView(page.items[page.items.length - 1] ?? { entry: null, actorName: '' });
      if (!page.more || !last || entries.length >= MAX_ENTRIES) break;
      beforeSeq = last.seq;
    }
  }
  entries.sort((a, b) => a.seq - b.seq);
  const stamp = req.label.replace(/[^A-Za-z0-9-]+/g, '-');
  return req.format === 'csv'
    ? { filename: `csi-decision-log-${stamp}.csv`, mimeType: 'text/csv', content: toCsv(entries) }
    : { filename: `csi-decision-log-${stamp}.json`, mimeType: 'application/json', content: toJsonExport(entries) };
}
