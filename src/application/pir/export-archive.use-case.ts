import { csvCell } from '../../domain/shared/csv-cell';
import type { ArchiveExportRow } from '../../contracts/archive.contract';
import type { ExportFile } from '../../contracts/decision-log.contract';
import { archiveFacts, visibleCompleted, type ArchivePorts } from './archive.use-case';
import type { PirRecord } from './pir-record';

/** The most closed initiatives one export holds (each costs one decision query). */
const MAX_ROWS = 2_000;

const HEADERS = [
  'issueKey',
  'summary',
  'closedAt',
  'outcome',
  'residualRisks',
  'check30',
  'check30Due',
  'check30CheckedAt',
  'check90',
  'check90Due',
  'check90CheckedAt',
  'pirTemplate',
  'pirTemplateVersion',
  'completedBy',
  'decisions',
];

/**
 * The project's whole archive, as the reader may browse it: every store page of its completed
 * PIRs until the cursor is gone (a filtered page may be empty with more after it), as CSV (one row
 * per closed initiative, residual risks one per line in their cell, formula-safe) or as JSON with
 * each initiative's decision history, oldest first.
 */
export async function exportArchive(
  ports: ArchivePorts,
  req: { projectKey: string; format: 'csv' | 'json' },
): Promise<ExportFile> {
  const pirs: PirRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await visibleCompleted(ports, { projectKey: req.projectKey, cursor, limit: 100 }, 1);
    pirs.push(...page.pirs);
    cursor = page.nextCursor;
  } while (cursor && pirs.length < MAX_ROWS);
  const kept = pirs.slice(0, MAX_ROWS);
  const [summaries, decisions] = await Promise.all([
    ports.summaries(kept.map((p) => p.issueId)),
    Promise.all(kept.map((p) => ports.decisionsAbout(p.issueKey))),
  ]);
  const rows: ArchiveExportRow[] = kept.map((pir, i) => ({
    ...archiveFacts(pir, summaries.get(pir.issueId) ?? ''),
    decisions: decisions[i]!,
  }));
  const stem = `csi-archive-${req.projectKey}`;
  return req.format === 'csv'
    ? { filename: `${stem}.csv`, mimeType: 'text/csv', content: toCsv(rows) }
    : {
        filename: `${stem}.json`,
        mimeType: 'application/json',
        content: JSON.stringify({ project: req.projectKey, initiatives: rows }, null, 2) + '\n',
      };
}

function toCsv(rows: readonly ArchiveExportRow[]): string {
  const lines = rows.map((r) => {
    const [c30, c90] = r.benefitChecks;
    return [
      r.issueKey,
      r.summary,
      r.closedAt,
      r.outcome,
      r.residualRisks.join('\n'),
      ...[c30, c90].flatMap((c) => [c?.status ?? '', c?.dueDate ?? '', c?.checkedAt ?? '']),
      r.pir.templateName,
      r.pir.templateVersion,
      r.completedBy,
      r.decisions.length,
    ];
  });
  return [HEADERS, ...lines].map((cells) => cells.map((c) => csvCell(String(c))).join(',')).join('\r\n') + '\r\n';
}
