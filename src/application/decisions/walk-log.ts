import {
  createChainVerifier,
  type ChainVerification,
  type ChainVerifier,
} from '../../domain/decision-log/create-chain-verifier';
import { GENESIS_HASH, type ChainHead, type DecisionEntry } from '../../domain/decision-log/decision-entry';
import { indexProblem, type EntryIndex } from '../../domain/decision-log/entry-index';

/** One stored entry: its hashed `entry`, the attributes it is indexed by, and whether its key is its seq's key. */
export interface StoredRow {
  entry: unknown;
  /** Absent only in unit tests of the chain itself. */
  index?: EntryIndex;
  misplaced?: boolean;
}

type Broken = Extract<ChainVerification, { status: 'broken' }>;

export interface WalkOutcome {
  /** The first departure from the written log, if any. */
  firstBreak: Broken | null;
  /** Where new entries chained on after the break (`resumesAfter` → `seq`), if they did. */
  resumed: { after: number; at: number } | null;
  /** The verifier of the last intact segment (the whole log when nothing broke). */
  tail: ChainVerifier;
  checked: number;
}

/**
 * Pushes every stored entry after `from` to the end of the index (never only up to the head: an
 * entry past it, or stored under a second key, is read and judged like any other). An entry whose
 * index attributes or key disagree with its hashed content breaks the chain there. After a break
 * the walk reads on for an entry that chains on from an intact one (`resumesAfter`, see
 * `appendDecision`) and verifies the log from there, so the gap is reported and new entries are
 * still checked.
 */
export async function walkLog(
  pages: AsyncIterable<StoredRow[]> | Iterable<StoredRow[]>,
  first: ChainVerifier,
  entryAt: (seq: number) => Promise<unknown>,
): Promise<WalkOutcome> {
  let tail = first;
  let firstBreak: Broken | null = null;
  let resumed: WalkOutcome['resumed'] = null;
  let trusted: ChainHead = first.last();
  let checked = 0;
  for await (const page of pages) {
    for (const row of page) {
      checked += 1;
      if (firstBreak === null || resumed !== null) {
        if (push(tail, row) || firstBreak !== null) continue;
        firstBreak = tail.result() as Broken;
        trusted = tail.last();
        // The row that broke the chain may itself be where new entries chain on: judged below.
      }
      if (resumed !== null || !(await resumesFromTrusted(row, trusted, entryAt))) continue;
      const entry = row.entry as DecisionEntry;
      resumed = { after: entry.resumesAfter as number, at: entry.seq };
      tail = createChainVerifier(undefined, { seq: entry.seq, hash: entry.hash }, { open: true });
    }
  }
  return { firstBreak, resumed, tail, checked };
}

function push(verifier: ChainVerifier, row: StoredRow): boolean {
  if (!verifier.push(row.entry)) return false;
  const seq = verifier.last().seq;
  if (row.misplaced) verifier.reject(seq, 'index-mismatch', `Entry ${seq} is stored under a key that is not its seq's`);
  const problem = row.index === undefined ? null : indexProblem(row.entry, row.index);
  if (problem !== null) verifier.reject(seq, 'index-mismatch', problem);
  return row.misplaced !== true && problem === null;
}

/** An intact entry that chains on from an entry at or before the last one verified. */
async function resumesFromTrusted(
  row: StoredRow,
  trusted: ChainHead,
  entryAt: (seq: number) => Promise<unknown>,
): Promise<boolean> {
  if (typeof row.entry !== 'object' || row.entry === null) return false;
  const entry = row.entry as Partial<DecisionEntry>;
  const after = entry.resumesAfter;
  if (typeof after !== 'number' || !Number.isSafeInteger(after) || after < 0 || after > trusted.seq) return false;
  // Its own hash and attributes must hold (indexProblem recomputes the hash).
  if (row.misplaced || row.index === undefined || indexProblem(row.entry, row.index) !== null) return false;
  const anchorHash =
    after === trusted.seq
      ? trusted.hash
      : after === 0
        ? GENESIS_HASH
        : ((await entryAt(after)) as Partial<DecisionEntry> | undefined)?.hash;
  return anchorHash !== undefined && entry.prevHash === anchorHash;
}
