import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import * as z from 'zod';
import { isActive, type InitiativeRecord } from '../../application/initiative-record';
import { CLASSES } from '../../contracts/fields';
import { ENTITIES } from './keys';

type InitiativeClass = (typeof CLASSES)[number];

/**
 * Per project, how many active initiatives are in each class, so the portfolio balance costs a get
 * and a query instead of a scan. The counts are spread over SHARDS entries (an initiative always
 * counts in the shard of its issue id), so they stay a few bytes at any size (one map of every
 * initiative reached the 240 KiB value limit at about 9,000) and writers of different initiatives
 * rarely meet on one entry. A shard changes in the same transaction as the initiative, conditional
 * on the shard's revision. The one map per project written by older versions is kept, frozen, as
 * the baseline the shards count from.
 */
interface PortfolioStatsEntity {
  revision: number;
  projectKey?: string;
  shard?: number;
  counts?: Partial<Record<InitiativeClass, number>>;
  classes?: Record<string, InitiativeClass>;
}

export const SHARDS = 16;
const countsSchema = z.partialRecord(z.enum(CLASSES), z.number().int());
const shardSchema = z.object({ revision: z.number(), counts: countsSchema.default({}) });
const legacySchema = z.object({ classes: z.record(z.string(), z.enum(CLASSES)) });

const entity = () => kvs.entity<PortfolioStatsEntity>(ENTITIES.portfolioStats);
const shardKey = (projectKey: string, shard: number) => `${projectKey}:shard:${shard}`;

/** FNV-1a of the issue id, so an initiative always counts in the same shard. */
export function shardOf(issueId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < issueId.length; i += 1) h = Math.imul(h ^ issueId.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

/** How many of a project's active initiatives are in each class (one get and one query). */
export async function loadPortfolioCounts(projectKey: string): Promise<Record<InitiativeClass, number>> {
  const [legacy, shards] = await Promise.all([
    entity().get(projectKey),
    entity()
      .query()
      .index('by-project', { partition: [projectKey] })
      .where(WhereConditions.greaterThanEqualTo(0))
      .sort(Sort.ASC)
      .limit(SHARDS)
      .getMany(),
  ]);
  const counts = Object.fromEntries(CLASSES.map((c) => [c, 0])) as Record<InitiativeClass, number>;
  const base = legacySchema.safeParse(legacy);
  if (base.success) for (const c of Object.values(base.data.classes)) counts[c] += 1;
  for (const r of shards.results) {
    const shard = shardSchema.safeParse(r.value);
    if (!shard.success) continue;
    for (const [c, n] of Object.entries(shard.data.counts)) counts[c as InitiativeClass] += n ?? 0;
  }
  return counts;
}

/** The classes of a project's active initiatives, one entry each (what the balance counts). */
export async function loadPortfolioClasses(projectKey: string): Promise<InitiativeClass[]> {
  const counts = await loadPortfolioCounts(projectKey);
  return CLASSES.flatMap((c) => Array.from({ length: Math.max(0, counts[c]) }, () => c));
}

export interface StatsChange {
  apply(tx: ReturnType<typeof kvs.transact>): void;
}

type Membership = { projectKey: string; initiativeClass: InitiativeClass } | undefined;

const membership = (record: InitiativeRecord | undefined): Membership =>
  record && isActive(record)
    ? { projectKey: record.projectKey, initiativeClass: record.computed.initiativeClass }
    : undefined;

/**
 * The shard writes that must accompany an initiative write (`after` undefined: the initiative is
 * removed), or undefined when the counts do not change. A move to another project changes a shard
 * of each: the initiative leaves the old one and joins the new one.
 */
export async function portfolioStatsChange(
  before: InitiativeRecord | undefined,
  after: InitiativeRecord | undefined,
): Promise<StatsChange | undefined> {
  const [out, into] = [membership(before), membership(after)];
  if (JSON.stringify(out) === JSON.stringify(into)) return undefined;
  const issueId = (after ?? before)!.issueId;
  const shard = shardOf(issueId);
  const projects = [...new Set([out?.projectKey, into?.projectKey].filter((k): k is string => k !== undefined))];
  const writes = await Promise.all(
    projects.map(async (projectKey) => {
      const key = shardKey(projectKey, shard);
      const raw = await entity().get(key);
      const current = raw === undefined ? undefined : shardSchema.parse(raw);
      const counts = { ...(current?.counts ?? {}) };
      if (out?.projectKey === projectKey) counts[out.initiativeClass] = (counts[out.initiativeClass] ?? 0) - 1;
      if (into?.projectKey === projectKey) counts[into.initiativeClass] = (counts[into.initiativeClass] ?? 0) + 1;
      const next: PortfolioStatsEntity = { revision: (current?.revision ?? 0) + 1, projectKey, shard, counts };
      const condition = current ? FilterConditions.equalTo(current.revision) : FilterConditions.notExists();
      return (tx: ReturnType<typeof kvs.transact>) =>
        tx.set(key, next, {
          entityName: ENTITIES.portfolioStats,
          conditions: new Filter<PortfolioStatsEntity>().and('revision', condition),
        });
    }),
  );
  return { apply: (tx) => writes.forEach((write) => write(tx)) };
}
