import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import { appendEntry } from '../../domain/decision-log/append-entry';
import {
  CONFIG_WIDE_PARTITION,
  GENESIS_HASH,
  type ChainHead,
  type DecisionDraft,
  type DecisionEntry,
} from '../../domain/decision-log/decision-entry';
import { indexOf, indexProblem } from '../../domain/decision-log/entry-index';
import { hashEntry } from '../../domain/decision-log/hash-entry';
import { decisionKey, ENTITIES, KEYS, LOG_HEAD_KEY } from './keys';
import { readHeadState, type HeadEntity } from './log-head';
import { storedRow } from './decisions-after';
import { isConflict } from './kvs-conflict';
import type {
  PartitionPage,
  PartitionPageQuery,
  StoredDecision,
} from '../../application/decisions/decision-log-page.use-case';
import { withoutBlankStrings } from './entity-attributes';

/** Config-wide entries (a scoring change) live in this partition; every project's log shows them. */
export const GLOBAL_PARTITION = CONFIG_WIDE_PARTITION;

export interface DecisionEntity {
  seq: number;
  projectKey: string;
  /** Absent for configuration-wide entries: string attributes must not be empty. */
  issueKey?: string;
  type: string;
  at: string;
  /** Lower-cased summary and rationale, for the text-search filter. */
  text?: string;
  actorName?: string;
  entry: unknown;
}

const decisions = () => kvs.entity<DecisionEntity>(ENTITIES.decision);

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
    try {
      await tx.execute();
      if (resume) console.warn(`Decision log: entry ${entry.seq} chains on from #${resume.after.seq} (gap reported)`);
      return entry;
    } catch (error) {
      if (!isConflict(error)) throw error;
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

/** The stored entry with the highest seq attribute, as a chain point (its own hash), or undefined. */
async function highestStored(): Promise<ChainHead | undefined> {
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
async function planResume(
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

const stored = (key: string, value: DecisionEntity): StoredDecision => storedRow(key, value);

/**
 * One store page of a partition (a project's or the global entries), newest first, below
 * `beforeSeq`, continuing `cursor` if given. Filters run on the page the store read, so the page
 * can be short or empty and still have a cursor: callers page on while a cursor comes back.
 */
export async function queryPartition(q: PartitionPageQuery): Promise<PartitionPage> {
  let query = decisions()
    .query()
    .index('by-project', { partition: [q.partition] })
    .where(WhereConditions.lessThan(q.beforeSeq ?? Number.MAX_SAFE_INTEGER))
    .sort(Sort.DESC)
    .limit(q.limit);
  const filter = buildFilter(q);
  if (filter) query = query.filters(filter);
  if (q.cursor) query = query.cursor(q.cursor);
  const page = await query.getMany();
  return { items: page.results.map((r) => stored(r.key, r.value)), cursor: page.nextCursor };
}

function buildFilter(q: PartitionPageQuery) {
  const filter = new Filter<DecisionEntity>();
  let built: ReturnType<typeof filter.and> | undefined;
  const add = (field: keyof DecisionEntity, condition: Parameters<typeof filter.and>[1]) => {
    built = built ? built.and(field, condition) : filter.and(field, condition);
  };
  if (q.types && q.types.length === 1) add('type', FilterConditions.equalTo(q.types[0] as string));
  if (q.search) add('text', FilterConditions.contains(q.search.toLowerCase()));
  if (q.from) add('at', FilterConditions.greaterThanEqualTo(q.from));
  if (q.to) add('at', FilterConditions.lessThanEqualTo(`${q.to}T23:59:59.999Z`));
  return built;
}

/** An issue's decisions are few; this many store pages without an answer means something is wrong. */
const MAX_ISSUE_PAGES = 40;

/**
 * The latest entry of `type` about an issue, from the issue's own index partition. The type filter
 * may reject a whole page, so this follows the cursor until it finds one or the cursor is gone.
 * Throws past `MAX_ISSUE_PAGES` rather than answer "none" without having looked everywhere.
 */
export async function latestAboutIssue(issueKey: string, type: string): Promise<DecisionEntry | undefined> {
  let cursor: string | undefined;
  for (let pages = 0; pages < MAX_ISSUE_PAGES; pages += 1) {
    let query = decisions()
      .query()
      .index('by-issue', { partition: [issueKey] })
      .where(WhereConditions.greaterThan(0))
      .sort(Sort.DESC)
      .filters(new Filter<DecisionEntity>().and('type', FilterConditions.equalTo(type)))
      .limit(25);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    // Only an entry whose attributes match its hashed content counts (a moved or forged one is skipped).
    const found = page.results.find((r) => {
      const row = storedRow(r.key, r.value);
      return !row.misplaced && row.index !== undefined && indexProblem(row.entry, row.index) === null;
    });
    if (found) return found.value.entry as DecisionEntry;
    cursor = page.nextCursor;
    if (!cursor) return undefined;
  }
  throw new Error(`More than ${MAX_ISSUE_PAGES} pages of decisions about ${issueKey}; refusing to guess`);
}

/** Every entry in seq order, page by page, raw as stored (the verifier must see what storage holds). */
export async function* allDecisions(): AsyncGenerator<StoredDecision[]> {
  let cursor: string | undefined;
  do {
    let query = decisions().query().index('by-seq').where(WhereConditions.greaterThan(0)).sort(Sort.ASC).limit(100);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    yield page.results.map((r) => stored(r.key, r.value));
    cursor = page.nextCursor;
  } while (cursor);
}
