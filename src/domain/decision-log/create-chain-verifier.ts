import { GENESIS_HASH, type ChainHead, type DecisionEntry } from './decision-entry';
import { hashEntry } from './hash-entry';

export type ChainBreakReason =
  | 'malformed'
  | 'hash-mismatch'
  | 'missing-entry'
  | 'conflicting-entry'
  | 'duplicate-entry'
  | 'out-of-order'
  | 'unlinked'
  | 'head-mismatch'
  | 'beyond-head'
  | 'truncated'
  | 'index-mismatch'
  | 'head-missing'
  | 'head-malformed'
  | 'resumed';

export type ChainVerification =
  | { status: 'verified'; throughSeq: number; count: number }
  | { status: 'broken'; atSeq: number; reason: ChainBreakReason; message: string };

export interface ChainVerifier {
  /** Checks the next entry in claimed order; false once the chain is broken (further pushes are ignored). */
  push(entry: unknown): boolean;
  /** The outcome so far; call after the last page to also check for truncation against the expected head. */
  result(): ChainVerification;
  /**
   * Fails the chain at `atSeq` for a reason found outside the entry (its index attributes, its key);
   * when `atSeq` is the entry just pushed, it no longer counts as verified.
   */
  reject(atSeq: number, reason: ChainBreakReason, message: string): void;
  /** The last entry that verified (the resume point, or seq 0 and the genesis hash). */
  last(): ChainHead;
}

export interface VerifierOptions {
  /** Entries past the expected head are chained on, not failed: the caller compares with a head re-read after the walk. */
  open?: boolean;
}

type Broken = Extract<ChainVerification, { status: 'broken' }>;
const HEX64 = /^[0-9a-f]{64}$/;

/**
 * Verifies a decision log page by page in constant memory. Entries are `unknown` on purpose: pass what
 * storage returned, before any schema parsing, so tampering cannot hide behind a parse error.
 *
 * `atSeq` is the first sequence number at which the presented log departs from the one that was written.
 * Each entry at position `e` (its expected seq) is checked in this order:
 * 1. `malformed` (e): not an object with an integer seq and 64-hex hashes, or not canonically encodable.
 * 2. `hash-mismatch` (e): its hash does not match its content (a field was edited).
 * 3. by its own, hash-protected seq `s`: `missing-entry` (e) when s > e (entries deleted or moved);
 *    `duplicate-entry` (e) when it repeats the previous entry exactly; `conflicting-entry` (e - 1) when it
 *    is a different version of the previous seq (so the previous one was inserted or forged);
 *    `out-of-order` (e) when s is older still.
 * 4. `unlinked` (e - 1, or 1 for the first entry): its prevHash is not the previous entry's hash; the entry
 *    is intact, so the previous one was rewritten and re-hashed.
 * 5. With an expected head (read with the entries, in the same snapshot): `head-mismatch` (head.seq) when
 *    the entry at head.seq has another hash (the last entry was replaced), `beyond-head` (head.seq + 1)
 *    for entries past the head, and in `result()` `truncated` (first missing seq) when the log ends early.
 *    `null` means the log should be empty; `undefined` skips these checks, and then a replaced or
 *    removed last entry cannot be detected.
 *
 * `from` resumes after an entry verified earlier (its seq and hash): the first entry pushed must be
 * `from.seq + 1` and link to `from.hash` (else `unlinked` at `from.seq`: that entry changed since).
 * A head behind `from` is `truncated` (head.seq + 1), a head at `from.seq` with another hash is a
 * `head-mismatch`. Entries up to `from.seq` are trusted, not read: `count` counts only those pushed.
 *
 * @example
 * const verifier = createChainVerifier(head);
 * for (const page of pages) if (!page.every((entry) => verifier.push(entry))) break;
 * verifier.result(); // { status: 'verified', throughSeq: 10000, count: 10000 }
 * createChainVerifier(head, { seq: 9990, hash: h9990 }); // then push entries 9991..10000 only
 */
export function createChainVerifier(
  expectedHead?: ChainHead | null,
  from?: ChainHead,
  options: VerifierOptions = {},
): ChainVerifier {
  const head = expectedHead === null ? { seq: 0, hash: GENESIS_HASH } : expectedHead;
  const start: ChainHead = from ?? { seq: 0, hash: GENESIS_HASH };
  let last: ChainHead = start;
  let beforeLast: ChainHead = start;
  let broken: Broken | null = head === undefined ? null : resumeProblem(start, head);
  return {
    push(entry) {
      if (broken !== null) return false;
      broken = inspect(entry, last, head, options.open === true);
      if (broken !== null) return false;
      beforeLast = last;
      last = { seq: last.seq + 1, hash: (entry as DecisionEntry).hash };
      return true;
    },
    result() {
      if (broken !== null) return broken;
      if (head !== undefined && last.seq < head.seq) {
        return brokenAt(last.seq + 1, 'truncated', `The log ends at seq ${last.seq}; the head says ${head.seq}`);
      }
      return { status: 'verified', throughSeq: last.seq, count: last.seq - start.seq };
    },
    reject(atSeq, reason, message) {
      if (broken !== null) return;
      broken = brokenAt(atSeq, reason, message);
      if (atSeq === last.seq) last = beforeLast;
    },
    last: () => last,
  };
}

/** A head that is behind, or at but different from, an entry verified earlier. */
function resumeProblem(start: ChainHead, head: ChainHead): Broken | null {
  if (head.seq < start.seq) {
    return brokenAt(head.seq + 1, 'truncated', `The head is at seq ${head.seq}; seq ${start.seq} was verified`);
  }
  if (head.seq === start.seq && head.hash !== start.hash) {
    return brokenAt(head.seq, 'head-mismatch', `Entry ${head.seq} is not the one verified earlier`);
  }
  return null;
}

function inspect(entry: unknown, last: ChainHead, head: ChainHead | undefined, open: boolean): Broken | null {
  const e = last.seq + 1;
  if (!isEntryShape(entry)) return brokenAt(e, 'malformed', `Entry ${e} is not a well-formed log entry`);
  const computed = safeHash(entry);
  if (computed === null) return brokenAt(e, 'malformed', `Entry ${e} holds a value that cannot be hashed`);
  if (computed !== entry.hash) return brokenAt(e, 'hash-mismatch', `Entry ${e} does not match its hash`);
  if (entry.resumesAfter !== undefined) {
    return brokenAt(
      Math.min(entry.resumesAfter + 1, e, entry.seq),
      'resumed',
      `Entry ${entry.seq} chains on from #${entry.resumesAfter}: the log was found tampered with`,
    );
  }
  if (entry.seq !== e) return seqProblem(entry, last);
  if (entry.prevHash !== last.hash) {
    return brokenAt(Math.max(e - 1, 1), 'unlinked', `Entry ${e} does not link to the entry before it`);
  }
  if (head !== undefined && !open && e > head.seq)
    return brokenAt(head.seq + 1, 'beyond-head', `Entry ${e} is past the head`);
  if (head !== undefined && e === head.seq && entry.hash !== head.hash) {
    return brokenAt(e, 'head-mismatch', `Entry ${e} is not the expected head`);
  }
  return null;
}

function seqProblem(entry: DecisionEntry, last: ChainHead): Broken {
  const e = last.seq + 1;
  if (entry.seq > e) return brokenAt(e, 'missing-entry', `Expected seq ${e}, found ${entry.seq}`);
  if (entry.seq === last.seq && entry.hash === last.hash) {
    return brokenAt(e, 'duplicate-entry', `Entry ${last.seq} appears twice`);
  }
  if (entry.seq === last.seq)
    return brokenAt(last.seq, 'conflicting-entry', `Two different entries claim seq ${last.seq}`);
  return brokenAt(e, 'out-of-order', `Expected seq ${e}, found ${entry.seq}`);
}

function isEntryShape(entry: unknown): entry is DecisionEntry {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return false;
  const { seq, hash, prevHash } = entry as Record<string, unknown>;
  return (
    Number.isSafeInteger(seq) &&
    (seq as number) >= 1 &&
    typeof hash === 'string' &&
    HEX64.test(hash) &&
    typeof prevHash === 'string'
  );
}

function safeHash(entry: DecisionEntry): string | null {
  try {
    return hashEntry(entry);
  } catch {
    return null;
  }
}

const brokenAt = (atSeq: number, reason: ChainBreakReason, message: string): Broken => ({
  status: 'broken',
  atSeq,
  reason,
  message,
});
