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

type Membership = { projectKey: string; issueKey: string; initiativeClass: (typeof CLASSES)[number] } | undefined;

const membership = (record: InitiativeRecord | undefined): Membership =>
  record && isActive(record)
    ? { projectKey: record.projectKey, issueKey: record.issueKey, initiativeClass: record.computed.initiativeClass }
    : undefined;

/**
 * The stats writes that must accompany an initiative write (`after` undefined: the initiative is
 * removed), or undefined when the stats do not change. A move to another project or key changes
 * two projects' stats: the initiative leaves the old one and joins the new one.
 */
export async function portfolioStatsChange(
  before: InitiativeRecord | undefined,
  after: InitiativeRecord | undefined,
): Promise<StatsChange | undefined> {
  const [out, into] = [membership(before), membership(after)];
  if (JSON.stringify(out) === JSON.stringify(into)) return undefined;
  const projects = [...new Set([out?.projectKey, into?.projectKey].filter((k): k is string => k !== undefined))];
  const writes = await Promise.all(
    projects.map(async (projectKey) => {
      const raw = await entity().get(projectKey);
      const current = raw === undefined ? undefined : statsSchema.parse(raw);
      const classes = { ...(current?.classes ?? {}) };
      if (out?.projectKey === projectKey) delete classes[out.issueKey];
      if (into?.projectKey === projectKey) classes[into.issueKey] = into.initiativeClass;
      const next: PortfolioStatsEntity = { revision: (current?.revision ?? 0) + 1, classes };
      const condition = current ? FilterConditions.equalTo(current.revision) : FilterConditions.notExists();
      return (tx: ReturnType<typeof kvs.transact>) =>
        tx.set(projectKey, next, {
          entityName: ENTITIES.portfolioStats,
          conditions: new Filter<PortfolioStatsEntity>().and('revision', condition),
        });
    }),
  );
  return { apply: (tx) => writes.forEach((write) => write(tx)) };
}
