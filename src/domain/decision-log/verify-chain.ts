import { createChainVerifier, type ChainVerification } from './create-chain-verifier';
import type { ChainHead } from './decision-entry';

/**
 * Walks the whole log in claimed order and reports `verified` through the last seq, or `broken` at the
 * first sequence number that departs from the written log (see `createChainVerifier` for exactly how
 * each kind of tampering is attributed). Pass the stored head as `expectedHead` to also detect a
 * replaced last entry and truncation. An empty log with no expected head is verified through 0.
 *
 * @example
 * verifyChain(entries, head); // { status: 'verified', throughSeq: 50, count: 50 }
 * verifyChain(entries.filter((e) => e.seq !== 7), head); // { status: 'broken', atSeq: 7, reason: 'missing-entry', ... }
 */
export function verifyChain(entries: Iterable<unknown>, expectedHead?: ChainHead | null): ChainVerification {
  const verifier = createChainVerifier(expectedHead);
  for (const entry of entries) {
    if (!verifier.push(entry)) break;
  }
  return verifier.result();
}
