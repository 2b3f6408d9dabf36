import { Filter, FilterConditions, kvs } from '@forge/kvs';
import { z } from 'zod';
import { isActive, type InitiativeRecord } from '../../application/initiative-record';
import { CLASSES } from '../../contracts/fields';
import { ENTITIES } from './keys';

/**
 * Per project, the class of every active initiative, so the portfolio balance is one get instead of a
 * scan. It changes in the same transaction as the initiative whose class or active flag changed.
 */
interface PortfolioStatsEntity {
  revision: number;
  classes: Record<string, (typeof CLASSES)[number]>;
}

const statsSchema = z.object({ revision: z.number(), classes: z.record(z.string(), z.enum(CLASSES)) });

const entity = () => kvs.entity<PortfolioStatsEntity>(ENTITIES.portfolioStats);

/** The classes of a project's active initiatives (one get). */
export async function loadPortfolioClasses(projectKey: string): Promise<Array<(typeof CLASSES)[number]>> {
  const value = await entity().get(projectKey);
  return value === undefined ? [] : Object.values(statsSchema.parse(value).classes);
}

export interface StatsChange {
  apply(tx: ReturnType<typeof kvs.transact>): void;
}

/** The stats write that must accompany an initiative write, or undefined when the stats do not change. */
export async function portfolioStatsChange(
  before: InitiativeRecord | undefined,
  after: InitiativeRecord,
): Promise<StatsChange | undefined> {
  const wasIn = before !== undefined && isActive(before);
  const isIn = isActive(after);
  const classBefore = wasIn ? before.computed.initiativeClass : undefined;
  const classAfter = isIn ? after.computed.initiativeClass : undefined;
  if (classBefore === classAfter) return undefined;
  const raw = await entity().get(after.projectKey);
  const current = raw === undefined ? undefined : statsSchema.parse(raw);
  const classes = { ...(current?.classes ?? {}) };
  if (classAfter) classes[after.issueKey] = classAfter;
  else delete classes[after.issueKey];
  const next: PortfolioStatsEntity = { revision: (current?.revision ?? 0) + 1, classes };
  const condition = current ? FilterConditions.equalTo(current.revision) : FilterConditions.notExists();
  return {
    apply: (tx) =>
      tx.set(after.projectKey, next, {
        entityName: ENTITIES.portfolioStats,
        conditions: new Filter<PortfolioStatsEntity>().and('revision', condition),
      }),
  };
}
