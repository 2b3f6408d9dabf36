import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import { appendEntry } from '../../domain/decision-log/append-entry';
import {
  GENESIS_HASH,
  type ChainHead,
  type DecisionDraft,
  type DecisionEntry,
} from '../../domain/decision-log/decision-entry';
import { decisionKey, ENTITIES, LOG_HEAD_KEY } from './keys';
import { isConflict } from './kvs-conflict';
import type {
  PartitionPage,
  PartitionPageQuery,
  StoredDecision,
} from '../../application/decisions/decision-log-page.use-case';
import { withoutBlankStrings } from './entity-attributes';

/** Config-wide entries (a scoring change) live in this partition; every project's log shows them. */
export const GLOBAL_PARTITION = '*';

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

interface HeadEntity {
  seq: number;
  hash: string;
}

const headSchema = z.object({ seq: z.number().int().min(0), hash: z.string() });
const decisions = () => kvs.entity<DecisionEntity>(ENTITIES.decision);
const heads = () => kvs.entity<HeadEntity>(ENTITIES.logHead);

/** The log head (strongly consistent), or seq 0 with the genesis hash for an empty log. */
export async function readHead(): Promise<ChainHead> {
  const raw = await heads().get(LOG_HEAD_KEY);
  return raw === undefined ? { seq: 0, hash: GENESIS_HASH } : headSchema.parse(raw);
}

export class LogContentionError extends Error {
  override readonly name = 'LogContentionError';
}

/**
 * Appends one entry. The entry and the new head are written in one transaction that only succeeds
 * if the head is still the one the entry was chained to, so concurrent appends never fork, skip or
 * duplicate a sequence number; a loser re-reads the head and tries again.
 */
export async function appendDecision(
  draft: DecisionDraft,
  actor: { accountId: string; displayName: string },
  at: string,
): Promise<DecisionEntry> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const head = await readHead();
    const entry = appendEntry(head.seq === 0 ? null : head, draft, actor.accountId, at);
    const headCondition = head.seq === 0 ? FilterConditions.notExists() : FilterConditions.equalTo(head.seq);
    const tx = kvs
      .transact()
      .set(decisionKey(entry.seq), toEntity(entry, actor.displayName), {
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
      return entry;
    } catch (error) {
      if (!isConflict(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * Math.min(attempt + 1, 10)));
    }
  }
  throw new LogContentionError('The decision log is too busy; try again');
}

/**
 * The stored attributes of an entry. A configuration-wide entry has no issue, so it has no
 * `issueKey` attribute at all (the platform refuses an empty string): it is then in no `by-issue`
 * partition and never matches an `issueKey` filter. Other blank strings are left out the same way.
 */
function toEntity(entry: DecisionEntry, actorName: string): DecisionEntity {
  const issueKey = entry.subject?.issueKey;
  return withoutBlankStrings({
    seq: entry.seq,
    projectKey: entry.subject?.projectKey || GLOBAL_PARTITION,
    ...(issueKey ? { issueKey } : {}),
    type: entry.type,
    at: entry.at,
    text: `${issueKey ?? ''} ${entry.summary} ${entry.rationale}`.toLowerCase().slice(0, 1000),
    actorName,
    entry,
  });
}

const stored = (value: DecisionEntity): StoredDecision => ({ entry: value.entry, actorName: value.actorName ?? '' });

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
  return { items: page.results.map((r) => stored(r.value)), cursor: page.nextCursor };
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
    const found = page.results[0];
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
    yield page.results.map((r) => stored(r.value));
    cursor = page.nextCursor;
  } while (cursor);
}
