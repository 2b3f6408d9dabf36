import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import type { InitiativeRecord } from '../../application/initiative-record';
import { fromEntity, initiativeEntity as entity, type InitiativeEntity } from './initiative.entity';
import { ENTITIES } from './keys';

export interface PortfolioQuery {
  projectKey: string;
  filters: {
    status?: string;
    initiativeClass?: string;
    complete?: boolean;
    needsAlignment?: boolean;
    mviPassed?: boolean;
  };
  cursor?: string;
  limit: number;
}

/** One indexed query: the project's initiatives by score, highest first, filtered by the platform. */
export async function queryPortfolio(q: PortfolioQuery): Promise<{ records: InitiativeRecord[]; nextCursor?: string }> {
  let query = entity()
    .query()
    .index('by-project-score', { partition: [q.projectKey] })
    .where(WhereConditions.greaterThanEqualTo(-1))
    .sort(Sort.DESC)
    .limit(q.limit);
  const filter = buildFilter(q.filters);
  if (filter) query = query.filters(filter);
  if (q.cursor) query = query.cursor(q.cursor);
  const page = await query.getMany();
  return { records: page.results.map((r) => fromEntity(r.value)), nextCursor: page.nextCursor };
}

function buildFilter(f: PortfolioQuery['filters']) {
  const conditions: Array<[keyof InitiativeEntity, Parameters<Filter<InitiativeEntity>['and']>[1]]> = [];
  if (f.status) conditions.push(['status', FilterConditions.equalTo(f.status)]);
  if (f.initiativeClass) conditions.push(['initiativeClass', FilterConditions.equalTo(f.initiativeClass)]);
  if (f.complete !== undefined) conditions.push(['complete', FilterConditions.equalTo(f.complete)]);
  if (f.needsAlignment !== undefined) conditions.push(['needsAlignment', FilterConditions.equalTo(f.needsAlignment)]);
  if (f.mviPassed !== undefined) {
    conditions.push(['mvi', f.mviPassed ? FilterConditions.equalTo('passed') : FilterConditions.notEqualTo('passed')]);
  }
  if (conditions.length === 0) return undefined;
  const filter = new Filter<InitiativeEntity>();
  const [first, ...rest] = conditions as [(typeof conditions)[number], ...typeof conditions];
  const built = filter.and(first[0], first[1]);
  for (const [field, condition] of rest) built.and(field, condition);
  return built;
}

/** The highest-scored initiatives of the whole site (one query), for the configuration preview. */
export async function topInitiatives(limit: number): Promise<InitiativeRecord[]> {
  const page = await entity()
    .query()
    .index('by-score')
    .where(WhereConditions.greaterThanEqualTo(-1))
    .sort(Sort.DESC)
    .limit(limit)
    .getMany();
  return page.results.map((r) => fromEntity(r.value));
}

/**
 * A page of initiatives in issue-id order after `afterIssueId`. The order does not change while
 * scores change, so a re-scoring run can resume from the last id it finished.
 */
export async function initiativesAfter(afterIssueId: string, limit: number): Promise<InitiativeRecord[]> {
  const page = await entity()
    .query()
    .index('by-id')
    .where(WhereConditions.greaterThan(afterIssueId))
    .sort(Sort.ASC)
    .limit(limit)
    .getMany();
  return page.results.map((r) => fromEntity(r.value));
}

/** Every initiative of a project, best first, page by page (exports and reports; not for first paint). */
export async function* allInitiatives(projectKey: string): AsyncGenerator<InitiativeRecord> {
  let cursor: string | undefined;
  do {
    let query = entity()
      .query()
      .index('by-project-score', { partition: [projectKey] })
      .where(WhereConditions.greaterThanEqualTo(-1))
      .sort(Sort.DESC)
      .limit(100);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    for (const r of page.results) yield fromEntity(r.value);
    cursor = page.nextCursor;
  } while (cursor);
}

/** Initiatives by issue id: one `kvs.batchGet` per 25 keys (the batch limit, storage-reference/entities-batch). */
export async function initiativesByIds(issueIds: readonly string[]): Promise<InitiativeRecord[]> {
  const out: InitiativeRecord[] = [];
  const ids = [...new Set(issueIds)];
  for (let start = 0; start < ids.length; start += 25) {
    const keys = ids.slice(start, start + 25).map((key) => ({ key, entityName: ENTITIES.initiative }));
    const { successfulKeys, failedKeys } = await kvs.batchGet(keys);
    const failed = failedKeys.find((f) => f.error.code !== 'KEY_NOT_FOUND');
    if (failed) throw new Error(`Could not read initiative ${failed.key}: ${failed.error.code}`);
    out.push(...successfulKeys.map((k) => fromEntity(k.value)));
  }
  return out;
}
