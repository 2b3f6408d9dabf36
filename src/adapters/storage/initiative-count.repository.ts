import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import * as z from 'zod';
import type { InitiativeRecord } from '../../application/initiative-record';
import { ENTITIES } from './keys';
import { SHARDS, shardOf } from './portfolio-stats.repository';

/**
 * How many initiatives the app holds (every one, any project or state: what a re-score visits), so a
 * configuration save reads one query instead of paging every record (about 50 queries at 5,000).
 * The count lives in SHARDS entries of the `portfolio-stats` entity under the partition `#all` (a Jira
 * project key is letters, digits and `_`, so it never meets a project's shards). A shard changes in the
 * same transaction that creates or removes an initiative, conditional on the shard's revision.
 * Initiatives created by a version without this counter are not in it: on such an install the
 * count is a lower bound until they are re-created (a fresh install counts exactly).
 */
interface CountShardEntity {
  revision: number;
  projectKey: string;
  shard: number;
  counts: { initiatives: number };
}

export const ALL_PARTITION = '#all';
const shardSchema = z.object({
  revision: z.number(),
  counts: z.object({ initiatives: z.number().int() }).default({ initiatives: 0 }),
});
const entity = () => kvs.entity<CountShardEntity>(ENTITIES.portfolioStats);
const shardKey = (shard: number) => `${ALL_PARTITION}:shard:${shard}`;

/** The number of initiatives (one query of at most SHARDS small entries). */
export async function countInitiatives(): Promise<number> {
  const page = await entity()
    .query()
    .index('by-project', { partition: [ALL_PARTITION] })
    .where(WhereConditions.greaterThanEqualTo(0))
    .sort(Sort.ASC)
    .limit(SHARDS)
    .getMany();
  let total = 0;
  for (const r of page.results) {
    const shard = shardSchema.safeParse(r.value);
    if (shard.success) total += shard.data.counts.initiatives;
  }
  return Math.max(0, total);
}

type Tx = ReturnType<typeof kvs.transact>;

/**
 * The shard write that must accompany an initiative write when it creates (`before` undefined) or
 * removes (`after` undefined) the initiative; undefined for an update, which changes no count.
 */
export async function initiativeCountChange(
  before: InitiativeRecord | undefined,
  after: InitiativeRecord | undefined,
): Promise<((tx: Tx) => void) | undefined> {
  if ((before === undefined) === (after === undefined)) return undefined;
  const shard = shardOf((after ?? before)!.issueId);
  const key = shardKey(shard);
  const raw = await entity().get(key);
  const current = raw === undefined ? undefined : shardSchema.parse(raw);
  const initiatives = (current?.counts.initiatives ?? 0) + (after ? 1 : -1);
  const next: CountShardEntity = {
    revision: (current?.revision ?? 0) + 1,
    projectKey: ALL_PARTITION,
    shard,
    counts: { initiatives },
  };
  const condition = current ? FilterConditions.equalTo(current.revision) : FilterConditions.notExists();
  return (tx) =>
    tx.set(key, next, {
      entityName: ENTITIES.portfolioStats,
      conditions: new Filter<CountShardEntity>().and('revision', condition),
    });
}
