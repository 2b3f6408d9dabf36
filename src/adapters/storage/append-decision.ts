import { Filter, FilterConditions, kvs } from '@forge/kvs';
import { appendEntry } from '../../domain/decision-log/append-entry';
import {
  GENESIS_HASH,
  type ChainHead,
  type DecisionDraft,
  type DecisionEntry,
} from '../../domain/decision-log/decision-entry';
import { indexOf } from '../../domain/decision-log/entry-index';
import type { DecisionEntity } from './decision.entity';
import { withoutBlankStrings } from './entity-attributes';
import { decisionKey, ENTITIES, LOG_HEAD_KEY } from './keys';
import { appendedRecord, decisionByRequest } from './decision-request';
import { isConflict } from './kvs-conflict';
import { readHeadState, type HeadEntity } from './log-head';
import { highestStored, planResume } from './log-recovery';

/**
 * The log head for validating a draft: the stored head, or when it is missing or malformed the
 * highest stored entry (seq 0 and the genesis hash for an empty log). Never throws on bad data.
 */
export async function readHead(): Promise<ChainHead> {
  const state = await readHeadState();
  if (state.state === 'ok') return state.head;
  const top = await highestStored();
  return top ?? { seq: 0, hash: GENESIS_HASH };
}

export class LogContentionError extends Error {
  override readonly name = 'LogContentionError';
}

/**
 * Appends one entry. The entry and the new head are written in one transaction that only succeeds
 * if the head is still the one the entry was chained to (and the entry's key is free), so
 * concurrent appends never fork, skip or duplicate a sequence number; a loser re-reads the head and
 * tries again. When the stored log was tampered with so that the next key is taken while the head
 * stays put, or the head is missing or malformed, the entry chains on from an intact anchor
 * (`planResume`) past every stored seq, through the same conditional head write: the log stays
 * writable and verification reports the gap.
 */
export async function appendDecision(
  draft: DecisionDraft,
  actor: { accountId: string; displayName: string },
  at: string,
  options: { requestKey?: string } = {},
): Promise<DecisionEntry> {
  let jammedAt: number | undefined;
  let bump = 0;
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const state = await readHeadState();
    const head = state.state === 'ok' ? state.head : undefined;
    const normal = head !== undefined && head.seq !== jammedAt;
    const planned = normal ? { seq: head.seq + 1, after: head, gap: false } : await planResume(head, bump);
    const resume = planned.gap ? { seq: planned.seq, after: planned.after } : undefined;
    const chain = planned.after.seq > 0 ? planned.after : null;
    const entry = appendEntry(chain, draft, actor.accountId, at, {
      actorName: actor.displayName,
      ...(resume ? { resume } : {}),
    });
    const headCondition =
      state.rawSeq === undefined ? FilterConditions.notExists() : FilterConditions.equalTo(state.rawSeq as number);
    const tx = kvs
      .transact()
      .set(decisionKey(entry.seq), toEntity(entry), {
        entityName: ENTITIES.decision,
        conditions: new Filter<DecisionEntity>().and('seq', FilterConditions.notExists()),
      })
      .set(
        LOG_HEAD_KEY,
        { seq: entry.seq, hash: entry.hash },
        {
          entityName: ENTITIES.logHead,
          conditions: new Filter<HeadEntity>().and('seq', headCondition),
        },
      );
    // A client request id commits with the entry it appended (issue 8: a retry finds it, never appends again).
    if (options.requestKey) tx.set(options.requestKey, appendedRecord(entry.seq));
    try {
      await tx.execute();
      if (resume) console.warn(`Decision log: entry ${entry.seq} chains on from #${resume.after.seq} (gap reported)`);
      return entry;
    } catch (error) {
      if (!isConflict(error)) throw error;
      // The same request arriving twice at once: the other call appended this decision.
      const won = options.requestKey ? await decisionByRequest(options.requestKey) : undefined;
      if (won !== undefined && won !== 'other') return won;
      const now = await readHeadState();
      if (now.state === 'ok' && head && now.head.seq === head.seq && now.head.hash === head.hash) {
        // The head did not move, so the entry's key was taken by a stored entry outside the chain.
        if (jammedAt === head.seq) bump += 1;
        jammedAt = head.seq;
      } else if (now.state !== 'ok' && !normal) bump += 1;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * Math.min(attempt + 1, 10)));
    }
  }
  throw new LogContentionError('The decision log is too busy; try again');
}

/** The stored attributes of an entry, all derived from its hashed content (see `indexOf`). */
function toEntity(entry: DecisionEntry): DecisionEntity {
  return withoutBlankStrings({ ...indexOf(entry), entry }) as DecisionEntity;
}
