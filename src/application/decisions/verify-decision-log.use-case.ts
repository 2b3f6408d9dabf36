import { createChainVerifier, type ChainVerification } from '../../domain/decision-log/create-chain-verifier';
import type { ChainHead } from '../../domain/decision-log/decision-entry';
import { planVerification, type LastVerification } from '../../domain/decision-log/plan-verification';
import { compareWithSeals } from '../seal/compare-seals';
import type { SealReading } from '../seal/seal';
import { walkLog, type StoredRow, type WalkOutcome } from './walk-log';

/** What a run stores for the integrity badge and for the next run. */
export interface VerificationRecord {
  status: 'verified' | 'broken' | 'empty';
  throughSeq: number;
  atSeq: number | null;
  reason: string | null;
  verifiedAt: string;
  mode: 'full' | 'incremental';
  /** The last intact entry (where the next run resumes; after a break, where new entries chain on). */
  checkpoint: ChainHead | null;
  /** When the chain was last walked in full. */
  fullAt: string | null;
}

/** The stored head as found: a missing or malformed head is a finding, never "empty". */
export type HeadState = { state: 'ok'; head: ChainHead } | { state: 'missing' } | { state: 'malformed' };

export interface VerifyPorts {
  head(): Promise<HeadState>;
  /** Pages of stored entries with a seq above `afterSeq`, in seq order, to the end of the index. */
  pagesAfter(afterSeq: number): AsyncIterable<StoredRow[]> | Iterable<StoredRow[]>;
  /** The stored entry at `seq`'s key (to check what a resumed chain links to). */
  entryAt(seq: number): Promise<unknown>;
  /** The last run's record, or undefined if there is none or it fails its schema. */
  last(): Promise<LastVerification | undefined>;
  save(result: VerificationRecord): Promise<void>;
  /**
   * The seals witnessed outside storage (issue 8 item 4), or undefined when they cannot be read this
   * run; an intact chain that departs from them (truncated or rewritten with a moved head) is broken.
   */
  seals?(): Promise<SealReading | undefined>;
}

/**
 * Verifies every stored entry after the last verified one (all of them when `planVerification` asks
 * for a full walk), to the end of the index, against the head read before the walk and again after
 * it (appends during the walk move the head on, never back). Any departure, a missing or malformed
 * head included, is stored as `broken` for the badge; the run itself does not fail on bad data.
 */
export async function verifyDecisionLog(
  ports: VerifyPorts,
  now: string,
): Promise<VerificationRecord & { checked: number }> {
  const last = await ports.last();
  const before = await ports.head();
  const plan = planVerification(last, now);
  const from = plan.mode === 'incremental' ? plan.from : undefined;
  const expected = before.state === 'ok' ? (before.head.seq === 0 ? null : before.head) : undefined;
  const walked = await walkLog(
    ports.pagesAfter(from?.seq ?? 0),
    createChainVerifier(expected, from, { open: true }),
    (seq) => ports.entryAt(seq),
  );
  const after = await ports.head();
  const judged = judge(walked, before, after, last?.checkpoint.seq ?? 0);
  const outcome = judged.status === 'verified' ? ((await againstSeals(ports, walked)) ?? judged) : judged;
  const run = { verifiedAt: now, mode: plan.mode, fullAt: plan.mode === 'full' ? now : (last?.fullAt ?? null) };
  const record = toRecord(outcome, walked, run);
  await ports.save(record);
  return { ...record, checked: walked.checked };
}

/** A break when the intact chain no longer holds the seals read back from outside storage. */
async function againstSeals(ports: VerifyPorts, walked: WalkOutcome): Promise<ChainVerification | undefined> {
  const reading = ports.seals ? await ports.seals() : undefined;
  if (!reading) return undefined;
  const hashAt = async (seq: number) => ((await ports.entryAt(seq)) as { hash?: string } | undefined)?.hash;
  const finding = await compareWithSeals(reading, walked.tail.last(), hashAt);
  return finding && { status: 'broken', atSeq: finding.atSeq, reason: 'truncated', message: finding.message };
}

/** The walk's outcome, with the head re-read after it and the seq an earlier run verified. */
function judge(walked: WalkOutcome, before: HeadState, after: HeadState, verifiedBefore: number): ChainVerification {
  if (walked.firstBreak) return walked.firstBreak;
  const tail = walked.tail.result();
  if (tail.status === 'broken') return tail;
  const tip = walked.tail.last();
  const broken = (atSeq: number, reason: Extract<ChainVerification, { status: 'broken' }>['reason'], message: string) =>
    ({ status: 'broken', atSeq, reason, message }) as const;
  if (before.state === 'malformed' || after.state === 'malformed') {
    return broken(tip.seq + 1, 'head-malformed', `The log head is malformed (entries chain through #${tip.seq})`);
  }
  if (before.state === 'missing' || after.state === 'missing') {
    if (tip.seq === 0 && verifiedBefore === 0) return tail;
    return broken(tip.seq + 1, 'head-missing', `The log head is missing (entries chain through #${tip.seq})`);
  }
  if (tip.seq < verifiedBefore) {
    return broken(tip.seq + 1, 'truncated', `The log ends at #${tip.seq}; #${verifiedBefore} was verified before`);
  }
  const head = after.head;
  if (tip.seq > head.seq) return broken(head.seq + 1, 'beyond-head', `Entries up to #${tip.seq} are past the head`);
  if (tip.seq === head.seq && tip.hash !== head.hash) {
    return broken(head.seq, 'head-mismatch', `Entry ${head.seq} is not the expected head`);
  }
  return tail;
}

function toRecord(
  outcome: ChainVerification,
  walked: WalkOutcome,
  run: Pick<VerificationRecord, 'verifiedAt' | 'mode' | 'fullAt'>,
): VerificationRecord {
  const tip = walked.tail.last();
  if (outcome.status === 'verified') {
    const status = tip.seq === 0 ? 'empty' : 'verified';
    return { status, throughSeq: tip.seq, atSeq: null, reason: null, ...run, checkpoint: tip };
  }
  const gap = walked.firstBreak && walked.resumed ? gapNote(walked) : '';
  const broken = { throughSeq: outcome.atSeq - 1, atSeq: outcome.atSeq, reason: `${outcome.message}${gap}` };
  return { status: 'broken', ...broken, ...run, checkpoint: walked.resumed ? tip : null };
}

/** "…; new entries chain on from #4 at #9 and verify through #11" (or where they break). */
function gapNote({ resumed, tail }: WalkOutcome): string {
  if (!resumed) return '';
  const result = tail.result();
  const rest = result.status === 'verified' ? `verify through #${tail.last().seq}` : `break again at #${result.atSeq}`;
  const outside =
    resumed.at - 1 > resumed.after
      ? `entries #${resumed.after + 1} to #${resumed.at - 1} are outside the chain`
      : 'no entry is outside the chain';
  return `; ${outside}, new entries chain on from #${resumed.after} at #${resumed.at} and ${rest}`;
}
