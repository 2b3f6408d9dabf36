import { csvCell } from '../shared/csv-cell';
import { canonicalJson } from './canonical-json';
import type { DecisionEntry } from './decision-entry';
import type { LogWitness } from './log-witness';

const COLUMNS: ReadonlyArray<[header: string, cell: (e: DecisionEntry) => string]> = [
  ['seq', (e) => String(e.seq)],
  ['at', (e) => e.at],
  ['type', (e) => e.type],
  ['actor', (e) => e.actor],
  ['actorName', (e) => e.actorName ?? ''],
  ['projectKey', (e) => e.subject?.projectKey ?? ''],
  ['issueKey', (e) => e.subject?.issueKey ?? ''],
  ['issueId', (e) => e.subject?.issueId ?? ''],
  ['summary', (e) => e.summary],
  ['rationale', (e) => e.rationale],
  ['optionsConsidered', (e) => e.optionsConsidered.join('\n')],
  ['reasonCategory', (e) => (e.type === 'proposal-rejected' ? e.payload.reasonCategory : '')],
  ['revisitIf', (e) => e.revisitIf ?? ''],
  ['scoresAtTime', (e) => (e.scoresAtTime === undefined ? '' : canonicalJson(e.scoresAtTime))],
  ['payload', (e) => canonicalJson(e.payload)],
  ['prevHash', (e) => e.prevHash],
  ['hash', (e) => e.hash],
];

/**
 * The decision log as CSV for auditors, per RFC 4180: a header row, CRLF line ends (also after the last
 * record), and fields quoted when they contain a comma, a double quote, CR or LF, with inner quotes doubled.
 * A cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading apostrophe so spreadsheets show it
 * as text instead of running it. Options considered are one per line within their cell; scores and the
 * type-specific payload are canonical JSON. With a `witness`, a last record (seq `head`) carries the
 * log head at export time, for auditors to keep outside the app. For hash verification use `toJsonExport`, which keeps
 * entries byte-exact.
 *
 * @example
 * toCsv([entry]); // 'seq,at,type,...\r\n1,2026-01-31T09:00:00.000Z,proposal-rejected,...\r\n'
 */
export function toCsv(entries: readonly DecisionEntry[], witness?: { line: string; head: LogWitness }): string {
  const rows = [COLUMNS.map(([header]) => header), ...entries.map((e) => COLUMNS.map(([, cell]) => cell(e)))];
  if (witness) rows.push(witnessRow(witness.line, witness.head));
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The trailer record: seq `head`, the head's time, the witness line as summary and the head's hash. */
function witnessRow(line: string, head: LogWitness): string[] {
  const cells = COLUMNS.map(([header]) => (header === 'seq' ? 'head' : header === 'summary' ? line : ''));
  if (head.state === 'ok') {
    cells[COLUMNS.findIndex(([h]) => h === 'at')] = head.at ?? '';
    cells[COLUMNS.findIndex(([h]) => h === 'hash')] = head.hash;
    cells[COLUMNS.findIndex(([h]) => h === 'type')] = `log-head #${head.seq}`;
  }
  return cells;
}
