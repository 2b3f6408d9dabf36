import { GENESIS_HASH, type DecisionEntry } from './decision-entry';
import type { LogWitness } from './log-witness';

/**
 * The decision log as a self-describing JSON document for auditors: the entries exactly as stored,
 * plus what is needed to re-verify them independently (algorithm, canonicalisation rules, genesis hash,
 * head of the exported entries; with a `witness`, `logHead`: the whole log's head when exported, to keep
 * outside the app). Indented with two spaces. No clock: the caller adds an export time if it wants one.
 *
 * @example
 * JSON.parse(toJsonExport(entries)).head; // { seq: 50, hash: '…' }
 */
export function toJsonExport(entries: readonly DecisionEntry[], witness?: { line: string; head: LogWitness }): string {
  const last = entries[entries.length - 1];
  const document = {
    format: 'csi-decision-log',
    formatVersion: 1,
    hashAlgorithm: 'SHA-256',
    hashInput:
      'canonical JSON (RFC 8785 rules: sorted keys, no whitespace, JSON numbers, undefined properties omitted) ' +
      'of each entry without its "hash" field; "prevHash" links to the previous entry',
    genesisPrevHash: GENESIS_HASH,
    head: last === undefined ? null : { seq: last.seq, hash: last.hash },
    ...(witness ? { logHead: { ...witness.head, witness: witness.line } } : {}),
    count: entries.length,
    entries,
  };
  return JSON.stringify(document, null, 2);
}
