import { Filter, FilterConditions, kvs } from '@forge/kvs';
import * as z from 'zod';
import { pirRecordSchema, type PirRecord } from '../../application/pir/pir-record';
import type { PirsPort } from '../../application/pir/pir.ports';
import { ENTITIES } from './keys';
import { updateInitiative } from './initiative.repository';
import { assertStorable } from './value-size';

/** Entity `pir` (manifest.yml): an initiative's post-implementation review, keyed by issue id. */
export interface PirEntity {
  issueId: string;
  projectKey: string;
  /** `open` or `completed`, for the overdue index (`by-state-due`). */
  state: string;
  /** YYYY-MM-DD in the site's time zone. */
  dueDate: string;
  revision: number;
  data: unknown;
}

const pirEntity = () => kvs.entity<PirEntity>(ENTITIES.pir);
const stored = z.object({ data: z.unknown() });

/** A stored PIR; one that does not parse throws (stored data is untrusted input, never silently dropped). */
export function fromPirEntity(value: unknown): PirRecord {
  return pirRecordSchema.parse(stored.parse(value).data);
}

export async function getPir(issueId: string): Promise<PirRecord | undefined> {
  const value = await pirEntity().get(issueId);
  return value === undefined ? undefined : fromPirEntity(value);
}

function entityOf(pir: PirRecord): PirEntity {
  const { issueId, projectKey, state, dueDate, revision } = pir;
  return { issueId, projectKey, state, dueDate, revision, data: pir };
}

/** Adds the PIR's write to a transaction, conditional on the revision read (none for a new one). */
export function setPir(tx: ReturnType<typeof kvs.transact>, before: PirRecord | undefined, after: PirRecord) {
  const value = entityOf(after);
  assertStorable(value, "This initiative's PIR");
  tx.set(after.issueId, value, {
    entityName: ENTITIES.pir,
    conditions: new Filter<PirEntity>().and(
      'revision',
      before ? FilterConditions.equalTo(before.revision) : FilterConditions.notExists(),
    ),
  });
}

/**
 * The initiative and its PIR in one transaction (see `PirsPort.updateWithInitiative`): the
 * initiative through `updateInitiative` (its stats and projection outbox follow), the PIR
 * conditional on the revision read, so two attachments at once leave one.
 */
export const updatePirWithInitiative: PirsPort['updateWithInitiative'] = async (issueId, change, options = {}) => {
  let before: PirRecord | undefined;
  let wrote: PirRecord | undefined;
  const record = await updateInitiative(
    issueId,
    async (current) => {
      before = await getPir(issueId);
      const next = change(current, before);
      wrote = next ? { ...next.pir, revision: (before?.revision ?? 0) + 1 } : undefined;
      return next?.record;
    },
    undefined,
    {
      ...(options.requestKey ? { requestKey: options.requestKey } : {}),
      alsoWrite: (tx) => wrote && setPir(tx, before, wrote),
    },
  );
  return { record, pir: wrote ?? before, changed: wrote !== undefined };
};

export const pirsAdapter: PirsPort = { get: getPir, updateWithInitiative: updatePirWithInitiative };
