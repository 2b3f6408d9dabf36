import { kvs } from '@forge/kvs';
import * as z from 'zod';
import { isActive } from '../../application/initiative-record';
import { footprintOf, type FootprintData, type FootprintRow } from '../../application/pilot/commitment-footprint';
import type { PilotFootprintPort } from '../../application/pilot/commitment.ports';
import { emptyPilot } from '../../application/pilot/pilot-record';
import { initiativesByIds } from './initiative.queries';
import { ConcurrentUpdateError, RETRY_BUDGET_MS } from './initiative.repository';
import { ENTITIES } from './keys';
import { committed } from './kvs-conflict';
import { getPilot, setPilot } from './pilot.repository';

/**
 * Entity `pilot-footprint` (manifest.yml): one row per person a pilot commits and per service it
 * names, keyed `<target>#<issueId>`, indexed `by-target` (partition: target). Rows change only in the
 * transaction that changes their pilot, which is conditional on the pilot's revision, so they never
 * disagree with it once committed and need no condition of their own.
 */
export interface FootprintEntity {
  target: string;
  issueId: string;
  data: unknown;
}

const entity = () => kvs.entity<FootprintEntity>(ENTITIES.pilotFootprint);
const rowKey = (target: string, issueId: string) => `${target}#${issueId}`;
const dataSchema = z.object({
  issueKey: z.string(),
  commitments: z
    .array(
      z.object({
        id: z.string(),
        hoursPerWeek: z.number(),
        start: z.string(),
        end: z.string(),
        confirmed: z.boolean(),
      }),
    )
    .optional(),
});
const rowSchema = z.object({ issueId: z.string(), data: dataSchema });

/** A query page is at most 100 rows; a target's rows are read to this many pages (bounded cost). */
const MAX_PAGES = 10;

const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(400, 10 * 2 ** attempt)));

/**
 * Read-modify-write of a pilot with its footprint rows in one transaction: the pilot conditional on
 * its revision, the rows that differ set or deleted, the request key (when given) beside them. A
 * retry that finds the request key writes nothing. KVS cost per attempt: one get (and one for the
 * request key) and one transaction of at most 2 + 20 operations (10 services out, 10 in).
 */
export const updatePilotWithFootprint: PilotFootprintPort['update'] = async (issue, mutate, options = {}) => {
  const started = Date.now();
  for (let attempt = 0; Date.now() - started < RETRY_BUDGET_MS; attempt += 1) {
    if (attempt > 0) await pause(attempt);
    if (options.requestKey && (await kvs.get(options.requestKey)) !== undefined) {
      return (await getPilot(issue.id)) ?? emptyPilot(issue.id, issue.projectKey);
    }
    const before = await getPilot(issue.id);
    const current = before ?? emptyPilot(issue.id, issue.projectKey);
    const next = await mutate(current);
    if (!next) return current;
    const after = { ...next, revision: current.revision + 1 };
    const tx = kvs.transact();
    setPilot(tx, before, after);
    writeFootprint(tx, issue.id, footprintOf(current, issue.key), footprintOf(after, issue.key));
    if (options.requestKey) tx.set(options.requestKey, { issueId: issue.id, revision: after.revision });
    if (await committed(() => tx.execute())) return after;
  }
  throw new ConcurrentUpdateError(issue.id);
};

function writeFootprint(
  tx: ReturnType<typeof kvs.transact>,
  issueId: string,
  before: Map<string, FootprintData>,
  after: Map<string, FootprintData>,
) {
  for (const [target] of before) {
    if (!after.has(target)) tx.delete(rowKey(target, issueId), { entityName: ENTITIES.pilotFootprint });
  }
  for (const [target, data] of after) {
    if (JSON.stringify(before.get(target)) === JSON.stringify(data)) continue;
    const value: FootprintEntity = { target, issueId, data };
    tx.set(rowKey(target, issueId), value, { entityName: ENTITIES.pilotFootprint });
  }
}

/** Every pilot's row for a target, by issue id (one indexed query per 100 rows, at most MAX_PAGES). */
export async function footprintRows(target: string): Promise<FootprintRow[]> {
  const rows: FootprintRow[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    let query = entity()
      .query()
      .index('by-target', { partition: [target] })
      .limit(100);
    if (cursor) query = query.cursor(cursor);
    const answer = await query.getMany();
    for (const r of answer.results) {
      const row = rowSchema.parse(r.value);
      rows.push({ issueId: row.issueId, ...row.data });
    }
    cursor = answer.nextCursor;
    if (!cursor) break;
  }
  return rows;
}

/** Which of the initiatives are active (not done, not rejected): one `kvs.batchGet` per 25 keys. */
export async function activeInitiatives(issueIds: readonly string[]): Promise<ReadonlySet<string>> {
  return new Set((await initiativesByIds(issueIds)).filter(isActive).map((r) => r.issueId));
}

export const pilotFootprintAdapter: PilotFootprintPort = { update: updatePilotWithFootprint, rows: footprintRows };
