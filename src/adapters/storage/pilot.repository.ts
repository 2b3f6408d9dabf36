import { Filter, FilterConditions, kvs } from '@forge/kvs';
import * as z from 'zod';
import type { InitiativeRecord } from '../../application/initiative-record';
import { emptyPilot, pilotRecordSchema, type PilotRecord } from '../../application/pilot/pilot-record';
import type { PilotsPort } from '../../application/ports';
import { fromEntity } from './initiative.entity';
import { fromPirEntity } from './pir.repository';
import type { PirRecord } from '../../application/pir/pir-record';
import { ConcurrentUpdateError, RETRY_BUDGET_MS, updateInitiative } from './initiative.repository';
import type { ServiceCatalogue } from '../../application/lifecycle-settings/lifecycle-settings.ports';
import { ENTITIES, SETTINGS_RECORDS } from './keys';
import { catalogueOf } from './lifecycle-services.repository';
import { committed } from './kvs-conflict';
import { withoutBlankStrings } from './entity-attributes';
import { assertStorable } from './value-size';

/** Entity `pilot` (manifest.yml): an initiative's pilot, keyed by issue id, beside its indexed attributes. */
export interface PilotEntity {
  issueId: string;
  projectKey: string;
  /**
   * The earliest due date (`YYYY-MM-DD`) of a checkpoint not decided yet, for the portfolio's
   * "due this week" and "overdue" (index `by-project-due`); absent when none is open.
   */
  nextDue?: string;
  revision: number;
  data: unknown;
}

/** The earliest due date of the pilot's undecided checkpoints, or undefined when none is open. */
export function nextDueOf(pilot: Pick<PilotRecord, 'checkpoints'>): string | undefined {
  return pilot.checkpoints
    .filter((c) => c.decision === null)
    .map((c) => c.dueDate)
    .sort()[0];
}

const pilotEntity = () => kvs.entity<PilotEntity>(ENTITIES.pilot);
const stored = z.object({ data: z.unknown() });

/** A stored pilot; one that does not parse throws (stored data is untrusted input, never silently dropped). */
export function fromPilotEntity(value: unknown): PilotRecord {
  return pilotRecordSchema.parse(stored.parse(value).data);
}

/** One strongly consistent get. */
export async function getPilot(issueId: string): Promise<PilotRecord | undefined> {
  const value = await pilotEntity().get(issueId);
  return value === undefined ? undefined : fromPilotEntity(value);
}

/** Adds the pilot's write, conditional on the revision read (absent for a new one), to a transaction. */
export function setPilot(tx: ReturnType<typeof kvs.transact>, before: PilotRecord | undefined, after: PilotRecord) {
  const nextDue = nextDueOf(after);
  const value: PilotEntity = withoutBlankStrings({
    issueId: after.issueId,
    projectKey: after.projectKey,
    ...(nextDue ? { nextDue } : {}),
    revision: after.revision,
    data: after,
  });
  assertStorable(value, "This initiative's pilot");
  tx.set(after.issueId, value, {
    entityName: ENTITIES.pilot,
    conditions: new Filter<PilotEntity>().and(
      'revision',
      before && before.revision > 0 ? FilterConditions.equalTo(before.revision) : FilterConditions.notExists(),
    ),
  });
}

/**
 * The initiative, its pilot, its PIR and the services catalogue in one `kvs.batchGet`
 * (storage-reference/entities-batch): one KVS operation for what the panel shows. A missing key is absent; any other failure throws.
 */
export async function readInitiativeAndPilot(issueId: string): Promise<{
  record: InitiativeRecord | undefined;
  pilot: PilotRecord | undefined;
  pir: PirRecord | undefined;
  catalogue: ServiceCatalogue;
}> {
  const { successfulKeys, failedKeys } = await kvs.batchGet([
    { key: issueId, entityName: ENTITIES.initiative },
    { key: issueId, entityName: ENTITIES.pilot },
    { key: issueId, entityName: ENTITIES.pir },
    { key: SETTINGS_RECORDS.services, entityName: ENTITIES.settings },
  ]);
  const failed = failedKeys.find((f) => f.error.code !== 'KEY_NOT_FOUND');
  if (failed) throw new Error(`Could not read ${failed.entityName ?? 'key'} ${failed.key}: ${failed.error.code}`);
  const value = (entityName: string) => successfulKeys.find((k) => k.entityName === entityName)?.value;
  const record = value(ENTITIES.initiative);
  const pilot = value(ENTITIES.pilot);
  const pir = value(ENTITIES.pir);
  return {
    record: record === undefined ? undefined : fromEntity(record),
    pilot: pilot === undefined ? undefined : fromPilotEntity(pilot),
    pir: pir === undefined ? undefined : fromPirEntity(pir),
    catalogue: catalogueOf(value(ENTITIES.settings)),
  };
}

const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(400, 10 * 2 ** attempt)));

/**
 * Read-modify-write of the pilot alone, conditional on its revision and retried on contention
 * (concurrent writers lose nothing). `mutate` returns the new pilot, or undefined to leave it; a
 * missing pilot starts empty. With `requestKey`, the key commits in the same transaction and a
 * retry that finds it writes nothing. KVS cost: one get and one transaction per attempt.
 */
export const updatePilot: PilotsPort['update'] = async (issueId, projectKey, mutate, options = {}) => {
  const started = Date.now();
  for (let attempt = 0; Date.now() - started < RETRY_BUDGET_MS; attempt += 1) {
    if (attempt > 0) await pause(attempt);
    if (options.requestKey && (await kvs.get(options.requestKey)) !== undefined) {
      return (await getPilot(issueId)) ?? emptyPilot(issueId, projectKey);
    }
    const before = await getPilot(issueId);
    const current = before ?? emptyPilot(issueId, projectKey);
    const next = await mutate(current);
    if (!next) return current;
    const after = { ...next, revision: current.revision + 1 };
    const tx = kvs.transact();
    setPilot(tx, before, after);
    if (options.requestKey) tx.set(options.requestKey, { issueId, revision: after.revision });
    if (await committed(() => tx.execute())) return after;
  }
  throw new ConcurrentUpdateError(issueId);
};

/**
 * A change to the initiative and its pilot in one transaction, each conditional on the revision
 * read (the initiative through `updateInitiative`, so its stats and projection outbox follow). The
 * first attempt uses the batch get's values; a retry reads both afresh. `change` returns undefined
 * to change nothing.
 */
export const updateWithInitiative: PilotsPort['updateWithInitiative'] = async (issueId, change, options = {}) => {
  const read = await readInitiativeAndPilot(issueId);
  let first = true;
  let before: PilotRecord | undefined;
  let wrote: PilotRecord | undefined;
  const record = await updateInitiative(
    issueId,
    async (current) => {
      before = first ? read.pilot : await getPilot(issueId);
      first = false;
      const pilot = before ?? emptyPilot(issueId, current.projectKey);
      const next = await change(current, pilot);
      wrote = next ? { ...next.pilot, revision: pilot.revision + 1 } : undefined;
      return next?.record;
    },
    undefined,
    {
      read: read.record ?? null,
      ...(options.requestKey ? { requestKey: options.requestKey } : {}),
      alsoWrite: (tx) => wrote && setPilot(tx, before, wrote),
    },
  );
  return { record, pilot: wrote ?? before };
};

export const pilotsAdapter: PilotsPort = {
  get: getPilot,
  readWithInitiative: readInitiativeAndPilot,
  update: updatePilot,
  updateWithInitiative,
};
