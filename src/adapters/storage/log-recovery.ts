import { kvs, Sort, WhereConditions } from '@forge/kvs';
import * as z from 'zod';
import { GENESIS_HASH, type ChainHead, type DecisionEntry } from '../../domain/decision-log/decision-entry';
import { hashEntry } from '../../domain/decision-log/hash-entry';
import type { DecisionEntity } from './decision.entity';
import { decisionKey, ENTITIES, KEYS } from './keys';

const decisions = () => kvs.entity<DecisionEntity>(ENTITIES.decision);

/** The stored entry with the highest seq attribute, as a chain point (its own hash), or undefined. */
export async function highestStored(): Promise<ChainHead | undefined> {
  const page = await decisions()
    .query()
    .index('by-seq')
    .where(WhereConditions.greaterThan(0))
    .sort(Sort.DESC)
    .limit(1)
    .getMany();
  const top = page.results[0]?.value;
  if (!top) return undefined;
  const hash = (top.entry as { hash?: unknown } | undefined)?.hash;
  return { seq: top.seq, hash: typeof hash === 'string' ? hash : GENESIS_HASH };
}

/**
 * Where an entry goes when the chain cannot simply go on: after the later of the stored head and
 * the last entry verification vouched for (its checkpoint), whichever is intact (else after the
 * genesis hash), at a seq above every stored one (plus `bump` keys taken outside the index). It is
 * marked as resuming (`gap`), so verification reports the tampering, unless the log is simply new.
 */
export async function planResume(
  head: ChainHead | undefined,
  bump: number,
): Promise<{ seq: number; after: ChainHead; gap: boolean }> {
  const record = await kvs.get<{ checkpoint?: unknown }>(KEYS.logVerification);
  const checkpoint = chainPoint.safeParse(record?.checkpoint);
  const candidates = [head, checkpoint.success ? checkpoint.data : undefined].filter(
    (c): c is ChainHead => c !== undefined,
  );
  let after: ChainHead = { seq: 0, hash: GENESIS_HASH };
  for (const candidate of candidates) if (candidate.seq > after.seq && (await intact(candidate))) after = candidate;
  const top = await highestStored();
  const seq = Math.max(top?.seq ?? 0, head?.seq ?? 0, after.seq) + 1 + bump;
  const fresh = head === undefined && top === undefined && !checkpoint.success && bump === 0;
  return { seq, after, gap: !fresh };
}

const chainPoint = z.strictObject({ seq: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) });

/** Whether the entry at `point.seq`'s key is still the one with that hash. */
async function intact(point: ChainHead): Promise<boolean> {
  if (point.seq === 0) return point.hash === GENESIS_HASH;
  const value = await decisions().get(decisionKey(point.seq));
  if (!value || value.seq !== point.seq) return false;
  const entry = value.entry as DecisionEntry;
  try {
    return entry.hash === point.hash && hashEntry(entry) === point.hash;
  } catch {
    return false;
  }
}
