import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import { CONFIG_WIDE_PARTITION, type DecisionEntry } from '../../domain/decision-log/decision-entry';
import { indexProblem } from '../../domain/decision-log/entry-index';
import { ENTITIES } from './keys';
import { storedRow } from './decisions-after';
import type { DecisionEntity } from './decision.entity';
import type {
  PartitionPage,
  PartitionPageQuery,
  StoredDecision,
} from '../../application/decisions/decision-log-page.use-case';

export { appendDecision, LogContentionError, readHead } from './append-decision';
export type { DecisionEntity } from './decision.entity';

/** Config-wide entries (a scoring change) live in this partition; every project's log shows them. */
export const GLOBAL_PARTITION = CONFIG_WIDE_PARTITION;

const decisions = () => kvs.entity<DecisionEntity>(ENTITIES.decision);

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

/** A Jira issue key: project key (a letter, then letters, digits or _) and a number. */
const ISSUE_KEY = /^[A-Z][A-Z0-9_]*-[1-9]\d*$/;

function buildFilter(q: PartitionPageQuery) {
  const filter = new Filter<DecisionEntity>();
  let built: ReturnType<typeof filter.and> | undefined;
  const add = (field: keyof DecisionEntity, condition: Parameters<typeof filter.and>[1]) => {
    built = built ? built.and(field, condition) : filter.and(field, condition);
  };
  if (q.types && q.types.length === 1) add('type', FilterConditions.equalTo(q.types[0] as string));
  // An issue key is searched as that issue's entries: "CSI-1" is a substring of "CSI-12"'s summaries.
  const issueKey = q.search?.trim().toUpperCase();
  if (issueKey && ISSUE_KEY.test(issueKey)) add('issueKey', FilterConditions.equalTo(issueKey));
  else if (q.search) add('text', FilterConditions.contains(q.search.toLowerCase()));
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
