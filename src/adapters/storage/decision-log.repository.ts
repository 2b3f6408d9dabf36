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
import type { PartitionPageQuery, StoredDecision } from '../../application/decisions/decision-log-page.use-case';

/** Config-wide entries (a scoring change) live in this partition; every project's log shows them. */
export const GLOBAL_PARTITION = '*';

export interface DecisionEntity {
  seq: number;
  projectKey: string;
  issueKey: string;
  type: string;
  at: string;
  /** Lower-cased summary and rationale, for the text-search filter. */
  text: string;
  actorName: string;
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

function toEntity(entry: DecisionEntry, actorName: string): DecisionEntity {
  return {
    seq: entry.seq,
    projectKey: entry.subject?.projectKey ?? GLOBAL_PARTITION,
    issueKey: entry.subject?.issueKey ?? '',
    type: entry.type,
    at: entry.at,
    text: `${entry.subject?.issueKey ?? ''} ${entry.summary} ${entry.rationale}`.toLowerCase().slice(0, 1000),
    actorName,
    entry,
  };
}

/** One indexed query: a project's (or the global) entries, newest first, below `beforeSeq`. */
export async function queryPartition(q: PartitionPageQuery): Promise<{ items: StoredDecision[]; more: boolean }> {
  let query = decisions()
    .query()
    .index('by-project', { partition: [q.partition] })
    .where(WhereConditions.lessThan(q.beforeSeq ?? Number.MAX_SAFE_INTEGER))
    .sort(Sort.DESC)
    .limit(q.limit);
  const filter = buildFilter(q);
  if (filter) query = query.filters(filter);
  const page = await query.getMany();
  const items = page.results.map((r) => ({ entry: r.value.entry, actorName: r.value.actorName }));
  return { items, more: page.nextCursor !== undefined };
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
  if (q.issueKey) add('issueKey', FilterConditions.equalTo(q.issueKey));
  return built;
}

/** Every entry in seq order, page by page, raw as stored (the verifier must see what storage holds). */
export async function* allDecisions(): AsyncGenerator<StoredDecision[]> {
  let cursor: string | undefined;
  do {
    let query = decisions().query().index('by-seq').where(WhereConditions.greaterThan(0)).sort(Sort.ASC).limit(100);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    yield page.results.map((r) => ({ entry: r.value.entry, actorName: r.value.actorName }));
    cursor = page.nextCursor;
  } while (cursor);
}
