/** The last daily seal of the head, witnessed outside storage: when, which entry, where to check it. */
export interface SealWitness {
  sealedAt: string;
  seq: number;
  hash: string;
  where: string;
}

/** The log head as an export prints it: seq, hash and the time of the head entry; the last seal if any. */
export type LogWitness = (
  { state: 'ok'; seq: number; hash: string; at: string | null } | { state: 'missing' | 'malformed' }
) & { seal?: SealWitness | null };

/** '; last seal 2026-06-01T04:00:00.000+0000 #12 sha256:ab… in Jira CSI-31', or '; never sealed'. */
function sealText(seal: SealWitness | null | undefined): string {
  if (seal === undefined) return '';
  if (seal === null) return '; never sealed';
  return `; last seal ${seal.sealedAt} #${seal.seq} sha256:${seal.hash} in Jira ${seal.where}`;
}

/**
 * One line an auditor keeps with every export: a copy outside the app's storage that the app cannot
 * rewrite, so a later truncation or rewrite that also moves the head shows against it.
 *
 * @example
 * witnessLine({ state: 'ok', seq: 12, hash: 'ab…', at: '2026-06-01T09:00:00.000Z' }, now);
 * // 'Log head #12 sha256:ab… (entry of 2026-06-01T09:00:00.000Z), exported 2026-06-02T10:00:00.000Z'
 */
export function witnessLine(witness: LogWitness, exportedAt: string): string {
  return headText(witness, exportedAt) + sealText(witness.seal);
}

function headText(witness: LogWitness, exportedAt: string): string {
  if (witness.state !== 'ok') return `Log head ${witness.state.toUpperCase()} when exported at ${exportedAt}`;
  if (witness.seq === 0) return `Log head #0 (empty log), exported ${exportedAt}`;
  return `Log head #${witness.seq} sha256:${witness.hash} (entry of ${witness.at ?? 'unknown time'}), exported ${exportedAt}`;
}
