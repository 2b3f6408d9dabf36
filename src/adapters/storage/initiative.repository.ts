import { Filter, FilterConditions, kvs } from '@forge/kvs';
import type { InitiativeRecord } from '../../application/initiative-record';
import { ENTITIES } from './keys';
import { portfolioStatsChange, type StatsChange } from './portfolio-stats.repository';
import { isConflict } from './kvs-conflict';
import { fromEntity, initiativeEntity, toEntity, type InitiativeEntity } from './initiative.entity';

/** One strongly consistent get. */
export async function getInitiative(issueId: string): Promise<InitiativeRecord | undefined> {
  const value = await initiativeEntity().get(issueId);
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
  create?: () => InitiativeRecord | Promise<InitiativeRecord>,
): Promise<InitiativeRecord | undefined> {
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const current = (await getInitiative(issueId)) ?? (await create?.());
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
