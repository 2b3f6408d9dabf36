import { canonicalJson } from './canonical-json';
import {
  GENESIS_HASH,
  type ChainHead,
  type DecisionDraft,
  type DecisionEntry,
  type UnsignedDecisionEntry,
} from './decision-entry';
import { hashEntry } from './hash-entry';

export interface AppendExtra {
  /** The decider's display name, hashed with the entry (readers show only hashed fields). */
  actorName?: string;
  /** After tampering: write entry `seq` chained on from `after` (an intact entry), leaving a reported gap. */
  resume?: { seq: number; after: ChainHead };
}

/**
 * Builds the next entry of the log: `seq` is the head's plus one (1 for an empty log, `head` null),
 * `prevHash` the head's hash (64 zeros for the first entry), and `hash` computed by `hashEntry`.
 * Only the known fields of the draft are taken, and the result is a fresh copy (undefined optional
 * fields dropped), so later changes to the draft cannot make the stored entry disagree with its hash.
 * Validate the draft first with `validateDecisionDraft`; the caller serialises appends on the head.
 *
 * @example
 * const first = appendEntry(null, draft, 'account-1', '2026-01-31T09:00:00.000Z'); // seq 1
 * const second = appendEntry({ seq: first.seq, hash: first.hash }, draft, 'account-1', '2026-01-31T09:05:00.000Z'); // seq 2
 */
export function appendEntry(
  head: ChainHead | null,
  draft: DecisionDraft,
  actor: string,
  at: string,
  extra: AppendExtra = {},
): DecisionEntry {
  const body = {
    seq: extra.resume ? extra.resume.seq : head === null ? 1 : head.seq + 1,
    type: draft.type,
    subject: draft.subject,
    summary: draft.summary,
    rationale: draft.rationale,
    optionsConsidered: draft.optionsConsidered,
    scoresAtTime: draft.scoresAtTime,
    revisitIf: draft.revisitIf,
    payload: draft.payload,
    actor,
    at,
    prevHash: extra.resume ? extra.resume.after.hash : head === null ? GENESIS_HASH : head.hash,
    actorName: extra.actorName,
    resumesAfter: extra.resume?.after.seq,
  };
  const unsigned = JSON.parse(canonicalJson(body)) as UnsignedDecisionEntry;
  return { ...unsigned, hash: hashEntry(unsigned) };
}
