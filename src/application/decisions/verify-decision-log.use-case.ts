import { createChainVerifier } from '../../domain/decision-log/create-chain-verifier';
import type { ChainHead } from '../../domain/decision-log/decision-entry';

export interface VerifyPorts {
  head(): Promise<ChainHead>;
  /** Pages of raw stored entries in seq order. */
  pages(): AsyncIterable<Array<{ entry: unknown }>>;
  save(result: {
    status: 'verified' | 'broken' | 'empty';
    throughSeq: number;
    atSeq: number | null;
    reason: string | null;
    verifiedAt: string;
  }): Promise<void>;
}

/**
 * Walks the whole chain against the head read first, page by page in constant memory, and stores the
 * outcome for the integrity badge. Entries appended after the head was read are left for the next run.
 */
export async function verifyDecisionLog(ports: VerifyPorts, now: string) {
  const head = await ports.head();
  const verifier = createChainVerifier(head.seq === 0 ? null : head);
  // Count positions, not claimed seqs: a forged seq must not end the walk early.
  let position = 0;
  outer: for await (const page of ports.pages()) {
    for (const { entry } of page) {
      if (position >= head.seq) break outer;
      position += 1;
      if (!verifier.push(entry)) break outer;
    }
  }
  const outcome = verifier.result();
  const result =
    outcome.status === 'verified'
      ? {
          status: head.seq === 0 ? ('empty' as const) : ('verified' as const),
          throughSeq: outcome.throughSeq,
          atSeq: null,
          reason: null,
          verifiedAt: now,
        }
      : {
          status: 'broken' as const,
          throughSeq: outcome.atSeq - 1,
          atSeq: outcome.atSeq,
          reason: outcome.message,
          verifiedAt: now,
        };
  await ports.save(result);
  return result;
}
