import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import type { InitiativeRecord } from '../../application/initiative-record';
import { fromEntity, initiativeEntity, type InitiativeEntity } from './initiative.entity';
import { ENTITIES } from './keys';
import { fromPilotEntity, type PilotEntity } from './pilot.repository';

const pilots = () => kvs.entity<PilotEntity>(ENTITIES.pilot);

/**
 * Pilots of a project whose earliest undecided checkpoint is due before `before`, soonest first:
 * one query of index `by-project-due` (pilots with no open checkpoint carry no `nextDue` and are not
 * in it). `more` when the page was full and the cursor goes on.
 */
export async function duePilots(projectKey: string, before: string, limit: number) {
  const page = await pilots()
    .query()
    .index('by-project-due', { partition: [projectKey] })
    .where(WhereConditions.lessThan(before))
    .sort(Sort.ASC)
    .limit(limit)
    .getMany();
  return { pilots: page.results.map((r) => fromPilotEntity(r.value)), more: page.nextCursor !== undefined };
}

/** One page of a project's pilots in issue-id order (index `by-project`). */
export async function projectPilots(projectKey: string, limit: number) {
  const page = await pilots()
    .query()
    .index('by-project', { partition: [projectKey] })
    .where(WhereConditions.greaterThan(''))
    .sort(Sort.ASC)
    .limit(limit)
    .getMany();
  return { pilots: page.results.map((r) => fromPilotEntity(r.value)), more: page.nextCursor !== undefined };
}

/** Store pages a filtered query reads at most (a filter runs on a fetched page, so pages can be short). */
const MAX_PAGES = 10;

/**
 * A project's active initiatives with a fired stop criterion awaiting a decision, best score first:
 * the `by-project-score` index filtered on `triggered`, paged until `limit` are found, the cursor is
 * gone or `MAX_PAGES` were read.
 */
export async function triggeredInitiatives(
  projectKey: string,
  limit: number,
): Promise<{ records: InitiativeRecord[]; more: boolean }> {
  const records: InitiativeRecord[] = [];
  let cursor: string | undefined;
  for (let reads = 0; reads < MAX_PAGES; reads += 1) {
    let query = initiativeEntity()
      .query()
      .index('by-project-score', { partition: [projectKey] })
      .where(WhereConditions.greaterThanEqualTo(-1))
      .sort(Sort.DESC)
      .filters(new Filter<InitiativeEntity>().and('triggered', FilterConditions.equalTo(true)))
      .limit(limit - records.length);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    records.push(...page.results.map((r) => fromEntity(r.value)));
    cursor = page.nextCursor;
    if (!cursor || records.length >= limit) break;
  }
  return { records, more: cursor !== undefined };
}
