import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import * as z from 'zod';
import { pirRecordSchema, type PirRecord } from '../../application/pir/pir-record';
import type { PirsPort } from '../../application/pir/pir.ports';
import { ENTITIES } from './keys';
import { scheduleOf } from '../../application/pir/pir-schedule';
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
  /** YYYY-MM-DD of the next benefit check and of the earliest open action (see `scheduleOf`), when there is one. */
  checkDue?: string;
  actionDue?: string;
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
  return { issueId, projectKey, state, dueDate, revision, ...scheduleOf(pir), data: pir };
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

/** The calendar day after `date` (YYYY-MM-DD): dates on or before `date` are the ones before it. */
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * The PIRs whose `by-check-due` or `by-action-due` date is on or before `through` (YYYY-MM-DD),
 * soonest first, a page at a time: what the daily job works on, never the whole archive.
 */
export async function* duePirs(
  index: 'by-check-due' | 'by-action-due',
  through: string,
  pageSize = 50,
): AsyncGenerator<PirRecord[]> {
  let cursor: string | undefined;
  do {
    let query = pirEntity()
      .query()
      .index(index)
      .where(WhereConditions.lessThan(dayAfter(through)))
      .sort(Sort.ASC)
      .limit(pageSize);
    if (cursor) query = query.cursor(cursor);
    const page = await query.getMany();
    yield page.results.map((r) => fromPirEntity(r.value));
    cursor = page.nextCursor;
  } while (cursor);
}

/** PIRs one library read goes through at most (20 pages of 50): beyond, the oldest are left out. */
export const LIBRARY_PIRS = 1_000;

/**
 * Every PIR, completed ones first, then open ones, each newest due first, a page at a time
 * (index `by-state-due`), up to LIBRARY_PIRS: what the lessons library reads.
 */
export async function* allPirs(pageSize = 50): AsyncGenerator<PirRecord[]> {
  let read = 0;
  for (const state of ['completed', 'open']) {
    let cursor: string | undefined;
    do {
      let query = pirEntity()
        .query()
        .index('by-state-due', { partition: [state] })
        .where(WhereConditions.greaterThan(''))
        .sort(Sort.DESC)
        .limit(pageSize);
      if (cursor) query = query.cursor(cursor);
      const page = await query.getMany();
      read += page.results.length;
      yield page.results.map((r) => fromPirEntity(r.value));
      cursor = page.nextCursor;
    } while (cursor && read < LIBRARY_PIRS);
  }
}

export const pirsAdapter: PirsPort = { get: getPir, updateWithInitiative: updatePirWithInitiative };
