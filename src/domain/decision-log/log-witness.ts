/** The log head as an export prints it: seq, hash and the time of the head entry. */
export type LogWitness =
  { state: 'ok'; seq: number; hash: string; at: string | null } | { state: 'missing' | 'malformed' };

/**
 * One line an auditor keeps with every export: a copy outside the app's storage that the app cannot
 * rewrite, so a later truncation or rewrite that also moves the head shows against it.
 *
 * @example
 * witnessLine({ state: 'ok', seq: 12, hash: 'ab…', at: '2026-06-01T09:00:00.000Z' }, now);
 * // 'Log head #12 sha256:ab… (entry of 2026-06-01T09:00:00.000Z), exported 2026-06-02T10:00:00.000Z'
 */
export function witnessLine(witness: LogWitness, exportedAt: string): string {
  if (witness.state !== 'ok') return `Log head ${witness.state.toUpperCase()} when exported at ${exportedAt}`;
  if (witness.seq === 0) return `Log head #0 (empty log), exported ${exportedAt}`;
  return `Log head #${witness.seq} sha256:${witness.hash} (entry of ${witness.at ?? 'unknown time'}), exported ${exportedAt}`;
}
