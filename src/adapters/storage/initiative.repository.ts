import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import { initiativeRecordSchema, isActive, type InitiativeRecord } from '../../application/initiative-record';
import { ENTITIES } from './keys';
import { portfolioStatsChange, type StatsChange } from './portfolio-stats.repository';
import { isConflict } from './kvs-conflict';

/** The indexed attributes of an initiative, beside the full record in `data`. */
interface InitiativeEntity {
  issueId: string;
  projectKey: string;
  /** -1 when there is no score yet, so unscored initiatives sort last. */
  score: number;
  initiativeClass: string;
  complete: boolean;
  needsAlignment: boolean;
  mvi: string;
  status: string;
  active: boolean;
  revision: number;
  data: unknown;
}

const entity = () => kvs.entity<InitiativeEntity>(ENTITIES.initiative);

function toEntity(record: InitiativeRecord): InitiativeEntity {
  return {
    issueId: record.issueId,
    projectKey: record.projectKey,
    score: record.computed.score ?? -1,
    initiativeClass: record.computed.initiativeClass,
    complete: record.computed.complete,
    needsAlignment: record.computed.needsAlignment,
    mvi: record.computed.mvi.status,
    status: record.status,
    active: isActive(record),
    revision: record.revision,
    data: record,
  };
}

const stored = z.object({ data: z.unknown() });

function fromEntity(value: unknown): InitiativeRecord {
  return initiativeRecordSchema.parse(stored.parse(value).data);
}

/** One strongly consistent get. */
export async function getInitiative(issueId: string): Promise<InitiativeRecord | undefined> {
  const value = await entity().get(issueId);
  return value === undefined ? undefined : fromEntity(value);
}

export class ConcurrentUpdateError extends Error {
  override readonly name = 'ConcurrentUpdateError';
}

/**
 * Read-modify-write with a revision check, retried so concurrent writers lose nothing. `mutate`
 * returns the new record, or undefined to leave it unchanged. A missing record is created from
 * `create` (when given). The portfolio stats change in the same transaction when the class or the
 * active flag changes.
 */
export async function updateInitiative(
  issueId: string,
  mutate: (current: InitiativeRecord) => Promise<InitiativeRecord | undefined> | InitiativeRecord | undefined,
  create?: () => InitiativeRecord,
): Promise<InitiativeRecord | undefined> {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const current = (await getInitiative(issueId)) ?? create?.();
    if (!current) return undefined;
    const isNew = current.revision === 0;
    const next = await mutate(current);
    if (!next) return isNew ? undefined : current;
    const saved = { ...next, revision: current.revision + 1 };
    if (await tryWrite(issueId, isNew ? undefined : current, saved)) return saved;
  }
  throw new ConcurrentUpdateError(`Initiative ${issueId} kept changing; gave up after 8 attempts`);
}

async function tryWrite(
  issueId: string,
  before: InitiativeRecord | undefined,
  after: InitiativeRecord,
): Promise<boolean> {
  const stats: StatsChange | undefined = await portfolioStatsChange(before, after);
  const tx = kvs.transact();
  if (before) {
    tx.set(issueId, toEntity(after), {
      entityName: ENTITIES.initiative,
      conditions: new Filter<InitiativeEntity>().and('revision', FilterConditions.equalTo(before.revision)),
    });
  } else {
    tx.set(issueId, toEntity(after), {
      entityName: ENTITIES.initiative,
      conditions: new Filter<InitiativeEntity>().and('revision', FilterConditions.notExists()),
    });
  }
  stats?.apply(tx);
  try {
    await tx.execute();
    return true;
  } catch (error) {
    if (isConflict(error)) return false;
    throw error;
  }
}

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
