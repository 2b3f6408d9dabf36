import type { Seal, SealReading } from './seal';

/** Why the stored log departs from the seals, or undefined when it holds them. */
export interface SealFinding {
  atSeq: number;
  message: string;
}

const short = (hash: string) => `${hash.slice(0, 12)}…`;
const label = (s: Seal) => `the seal of ${s.sealedAt.slice(0, 10)} in ${s.where} (#${s.seq} sha256:${short(s.hash)})`;

/**
 * Compares the verified log (its last entry `tip`, and the hash stored at a seq) with the seals
 * read back: the newest seal and the one with the highest seq must both still be in the log with
 * the hash they witnessed (a chain that holds them holds everything before them). A log that ends
 * before a seal was truncated; another entry at a sealed seq means the log was rewritten. A seal the
 * app remembers writing but the witness lacks means the witness was replaced.
 *
 * @example
 * await compareWithSeals({ where: 'CSI-9', seals: [seal12] }, { seq: 10, hash }, hashAt);
 * // { atSeq: 11, message: 'Truncated since the seal of 2026-06-01 in CSI-9 (#12 …): the log ends at #10' }
 */
export async function compareWithSeals(
  reading: SealReading,
  tip: { seq: number; hash: string },
  hashAt: (seq: number) => Promise<string | undefined>,
): Promise<SealFinding | undefined> {
  const { seals, remembered } = reading;
  if (remembered && !seals.some((s) => s.seq === remembered.seq && s.hash === remembered.hash)) {
    return {
      atSeq: remembered.seq,
      message: `The seal of ${remembered.day} (#${remembered.seq}) is missing from ${reading.where ?? 'Jira'}: the witness was replaced`,
    };
  }
  const newest = seals.at(-1);
  if (!newest) return undefined;
  const highest = seals.reduce((a, b) => (b.seq > a.seq ? b : a), newest);
  for (const seal of highest === newest ? [newest] : [highest, newest]) {
    if (tip.seq < seal.seq) {
      return { atSeq: tip.seq + 1, message: `Truncated since ${label(seal)}: the log ends at #${tip.seq}` };
    }
    const stored = seal.seq === tip.seq ? tip.hash : await hashAt(seal.seq);
    if (stored !== seal.hash) {
      return { atSeq: seal.seq, message: `Rewritten since ${label(seal)}: entry #${seal.seq} is not the one sealed` };
    }
  }
  return undefined;
}
