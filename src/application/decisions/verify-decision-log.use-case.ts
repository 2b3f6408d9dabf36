import {
  createChainVerifier,
  type ChainVerification,
  type ChainVerifier,
} from '../../domain/decision-log/create-chain-verifier';
import type { ChainHead } from '../../domain/decision-log/decision-entry';
import { planVerification, type LastVerification } from '../../domain/decision-log/plan-verification';

/** What a run stores for the integrity badge and for the next run. */
export interface VerificationRecord {
  status: 'verified' | 'broken' | 'empty';
  throughSeq: number;
  atSeq: number | null;
  reason: string | null;
  verifiedAt: string;
  mode: 'full' | 'incremental';
  /** The last entry verified, where the next run resumes; null once the chain is broken. */
  checkpoint: ChainHead | null;
  /** When the chain was last walked in full. */
  fullAt: string | null;
}

export interface VerifyPorts {
  head(): Promise<ChainHead>;
  /** Pages of raw stored entries with a seq above `afterSeq`, in seq order. */
  pagesAfter(afterSeq: number): AsyncIterable<Array<{ entry: unknown }>> | Iterable<Array<{ entry: unknown }>>;
  /** The last run's record, or undefined if there is none or it fails its schema. */
  last(): Promise<LastVerification | undefined>;
  save(result: VerificationRecord): Promise<void>;
}

/**
 * Verifies the chain against the head read first, page by page in constant memory: only the entries
 * after the last verified one, or all of them when `planVerification` asks for a full walk. Entries
 * appended after the head was read are left for the next run.
 */
export async function verifyDecisionLog(
  ports: VerifyPorts,
  now: string,
): Promise<VerificationRecord & { checked: number }> {
  const last = await ports.last();
  const head = await ports.head();
  const plan = planVerification(last, now);
  const from = plan.mode === 'incremental' ? plan.from : undefined;
  const verifier = createChainVerifier(head.seq === 0 ? null : head, from);
  const checked = await walk(ports, verifier, from?.seq ?? 0, head.seq);
  const record = toRecord(verifier.result(), head, {
    verifiedAt: now,
    mode: plan.mode,
    fullAt: plan.mode === 'full' ? now : (last?.fullAt ?? null),
  });
  await ports.save(record);
  return { ...record, checked };
}

/** Pushes the entries after `afterSeq` up to the head; returns how many were read. */
async function walk(ports: VerifyPorts, verifier: ChainVerifier, afterSeq: number, headSeq: number) {
  // Count positions, not claimed seqs: a forged seq must not end the walk early.
  let position = afterSeq;
  if (position >= headSeq) return 0;
  outer: for await (const page of ports.pagesAfter(afterSeq)) {
    for (const { entry } of page) {
      if (position >= headSeq) break outer;
      position += 1;
      if (!verifier.push(entry)) break outer;
    }
  }
  return position - afterSeq;
}

function toRecord(
  outcome: ChainVerification,
  head: ChainHead,
  run: Pick<VerificationRecord, 'verifiedAt' | 'mode' | 'fullAt'>,
): VerificationRecord {
  if (outcome.status === 'verified') {
    const status = head.seq === 0 ? 'empty' : 'verified';
    const checkpoint = { seq: head.seq, hash: head.hash };
    return { status, throughSeq: outcome.throughSeq, atSeq: null, reason: null, ...run, checkpoint };
  }
  const broken = { throughSeq: outcome.atSeq - 1, atSeq: outcome.atSeq, reason: outcome.message };
  return { status: 'broken', ...broken, ...run, checkpoint: null };
}
