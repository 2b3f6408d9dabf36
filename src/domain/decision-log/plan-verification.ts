import type { ChainHead } from './decision-entry';

/** What the last run stored, as far as planning the next one needs it. */
export interface LastVerification {
  status: 'verified' | 'broken' | 'empty';
  /** The last entry verified (seq 0 and the genesis hash for an empty log). */
  checkpoint: ChainHead;
  /** ISO 8601 instant of the last full verification. */
  fullAt: string;
}

export type VerificationPlan =
  { mode: 'full'; why: 'no-record' | 'not-verified' | 'daily' } | { mode: 'incremental'; from: ChainHead };

/**
 * Full or incremental? Entries are append-only and each links to the previous hash, so a run only
 * needs the entries after the last verified one (`from`), checked against that entry's hash. A full
 * walk runs when there is no usable record (missing or failing its schema: pass `undefined`), after
 * a failed verification, on the first run of each UTC day, and on every run in the 00:00 UTC hour.
 *
 * Limit, stated plainly: the record lives in the same app storage as the log. Whoever can rewrite the
 * log can rewrite it too, for example move the checkpoint to the head after editing entries, and then
 * incremental runs see nothing; the hour rule, which reads only the clock, still forces a full walk
 * every day, so a tampered record delays detection by at most about a day. A chain rewritten
 * consistently (every hash recomputed, head included) is undetectable by any run: the hash chain shows
 * inconsistent edits, not who wrote a consistent one.
 *
 * @example
 * planVerification(undefined, now); // { mode: 'full', why: 'no-record' }
 * planVerification({ status: 'verified', checkpoint: { seq: 90, hash }, fullAt: '2026-06-01T00:10:00Z' },
 *   '2026-06-01T05:10:00Z'); // { mode: 'incremental', from: { seq: 90, hash } }
 */
export function planVerification(last: LastVerification | undefined, now: string): VerificationPlan {
  if (last === undefined) return { mode: 'full', why: 'no-record' };
  if (last.status === 'broken') return { mode: 'full', why: 'not-verified' };
  const nowMs = Date.parse(now);
  const fullMs = Date.parse(last.fullAt);
  if (!Number.isFinite(nowMs) || !Number.isFinite(fullMs) || fullMs > nowMs) return { mode: 'full', why: 'daily' };
  const firstToday = Math.floor(fullMs / DAY_MS) < Math.floor(nowMs / DAY_MS);
  const midnightHour = nowMs % DAY_MS < HOUR_MS;
  if (firstToday || midnightHour) return { mode: 'full', why: 'daily' };
  return { mode: 'incremental', from: last.checkpoint };
}

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
