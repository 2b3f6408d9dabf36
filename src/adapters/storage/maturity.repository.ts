import { Filter, FilterConditions, kvs, Sort } from '@forge/kvs';
import * as z from 'zod';
import { MATURITY_HISTORY_LIMIT } from '../../application/maturity/maturity-access';
import {
  assessmentRecordSchema,
  assessorRatingsRecordSchema,
  gapIssuesRecordSchema,
  maturitySettingsSchema,
  periodSummarySchema,
  type Assessment,
  type PeriodSummary,
} from '../../application/maturity/maturity-records';
import type { MaturityStorePort, WriteOptions } from '../../application/maturity/maturity.ports';
import { WriteRefusedError } from '../../application/write-refusal';
import { RETRY_BUDGET_MS } from './initiative.repository';
import { ENTITIES, SETTINGS_RECORDS } from './keys';
import { committed } from './kvs-conflict';
import { assertStorable } from './value-size';

/** The kinds of record of entity `maturity`, its `by-kind-period` partitions (manifest.yml). */
export type MaturityKind = 'assessment' | 'ratings' | 'summary' | 'gaps';

/** Entity `maturity` (manifest.yml): `revision` counts writes (a summary is written once, at 1). */
export interface MaturityEntity {
  kind: MaturityKind;
  period: string;
  revision: number;
  data: unknown;
}

/** Where one record lives and what it parses with; `attributes` are the indexed ones besides `revision`. */
interface Slot<T> {
  entityName: string;
  key: string;
  schema: { parse(value: unknown): T };
  attributes: { kind: MaturityKind; period: string } | Record<string, never>;
  what: string;
}

/** A record of entity `maturity`, keyed `<kind>:<period>` (ratings: `ratings:<period>:<accountId>`). */
const inMaturity = <T>(
  kind: MaturityKind,
  period: string,
  schema: Slot<T>['schema'],
  what: string,
  key = `${kind}:${period}`,
) => ({
  entityName: ENTITIES.maturity,
  key,
  schema,
  attributes: { kind, period },
  what,
});
const settingsSlot: Slot<z.infer<typeof maturitySettingsSchema>> = {
  entityName: ENTITIES.settings,
  key: SETTINGS_RECORDS.maturitySettings,
  schema: maturitySettingsSchema,
  attributes: {},
  what: 'The maturity settings',
};
const headerSlot = (period: string) => inMaturity('assessment', period, assessmentRecordSchema, 'This assessment');
const ratingsSlot = (period: string, accountId: string) =>
  inMaturity(
    'ratings',
    period,
    assessorRatingsRecordSchema,
    'Your ratings of this period',
    `ratings:${period}:${accountId}`,
  );
const summarySlot = (period: string) => inMaturity('summary', period, periodSummarySchema, 'The summary');
const gapsSlot = (period: string) => inMaturity('gaps', period, gapIssuesRecordSchema, 'The gap issues');

const stored = z.object({ data: z.unknown() });
/** A stored record; one that does not parse throws (stored data is untrusted input, never silently dropped). */
const fromStored = <T>(slot: Slot<T>, value: unknown): T | undefined =>
  value === undefined ? undefined : slot.schema.parse(stored.parse(value).data);

/** One strongly consistent get. */
async function read<T>(slot: Slot<T>): Promise<T | undefined> {
  return fromStored(slot, await kvs.entity<unknown>(slot.entityName).get(slot.key));
}

/** At most 25 keys in one batch get (storage-reference/entities-batch, "Limitations"). */
const BATCH_KEYS = 25;

/** The values of `maturity` keys, one `kvs.batchGet` per 25 keys; a missing key is absent, other failures throw. */
async function readMany(keys: string[]): Promise<Map<string, unknown>> {
  const found = new Map<string, unknown>();
  const unique = [...new Set(keys)];
  for (let i = 0; i < unique.length; i += BATCH_KEYS) {
    const items = unique.slice(i, i + BATCH_KEYS).map((key) => ({ key, entityName: ENTITIES.maturity }));
    const { successfulKeys, failedKeys } = await kvs.batchGet<unknown>(items);
    const failed = failedKeys.find((f) => f.error.code !== 'KEY_NOT_FOUND');
    if (failed) throw new Error(`Could not read maturity record ${failed.key}: ${failed.error.code}`);
    for (const item of successfulKeys) found.set(item.key, item.value);
  }
  return found;
}

/** A period's header and one assessor's ratings: one batch get. */
async function readPair(period: string, accountId: string) {
  const [h, m] = [headerSlot(period), ratingsSlot(period, accountId)];
  const values = await readMany([h.key, m.key]);
  return { header: fromStored(h, values.get(h.key)), mine: fromStored(m, values.get(m.key)) };
}

/** The header, then one batch get of the ratings of the `raters` it names. */
async function readAssessment(period: string): Promise<Assessment | undefined> {
  const header = await read(headerSlot(period));
  if (!header) return undefined;
  const slots = header.raters.map((accountId) => ratingsSlot(period, accountId));
  const values = slots.length > 0 ? await readMany(slots.map((s) => s.key)) : new Map<string, unknown>();
  const ratings = Object.fromEntries(
    slots.flatMap((slot, i) => {
      const mine = fromStored(slot, values.get(slot.key));
      return mine ? [[header.raters[i]!, mine.ratings]] : [];
    }),
  );
  return { ...header, ratings };
}

type Tx = ReturnType<typeof kvs.transact>;
type RateAnswer = Awaited<ReturnType<MaturityStorePort['rate']>>;
type SubmitAnswer = Awaited<ReturnType<MaturityStorePort['submit']>>;
const nextRevision = <T extends { revision: number }>(value: T, before: { revision: number } | undefined): T => ({
  ...value,
  revision: (before?.revision ?? 0) + 1,
});

/**
 * Adds the record's write to `tx`, conditional on the revision read (`before`; undefined: the
 * record must not exist yet). Parsed and size-checked first, so nothing is written when it is
 * refused. The `revision` attribute is the record's (1 for a summary, written once). Returns the
 * record as stored.
 */
function put<T>(tx: Tx, slot: Slot<T>, value: T, before: number | undefined): T {
  const data = slot.schema.parse(value);
  const { revision = 1 } = data as { revision?: number };
  const period = (data as { period?: unknown }).period;
  if ('period' in slot.attributes && period !== slot.attributes.period) {
    throw new Error(`${slot.what}: a record of ${String(period)} cannot be stored as ${slot.key}`);
  }
  const row = { ...slot.attributes, revision, data };
  assertStorable(row, slot.what);
  const condition = before === undefined ? FilterConditions.notExists() : FilterConditions.equalTo(before);
  tx.set(slot.key, row, {
    entityName: slot.entityName,
    conditions: new Filter<{ revision: number }>().and('revision', condition),
  });
  return data;
}

/** Writes a changed record alone (read, change, conditional write); `undefined` from `change` writes nothing. */
function updateRecord<T extends { revision: number }>(
  slot: Slot<T>,
  change: (current: T | undefined) => T | undefined,
  options: WriteOptions = {},
): Promise<T | undefined> {
  return write(
    slot.what,
    `update ${slot.key}`,
    options,
    async () => {
      const before = await read(slot);
      const after = change(before && structuredClone(before));
      if (!after) return { answer: before };
      const tx = kvs.transact();
      const answer = put(tx, slot, nextRevision(after, before), before?.revision);
      return { tx, answer };
    },
    () => read(slot),
  );
}

const MAX_ATTEMPTS = 40;
const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(400, 10 * 2 ** attempt)));

/**
 * One conditional write, retried on fresh reads while a condition fails (someone wrote first),
 * within `RETRY_BUDGET_MS`; then answered `CONFLICT`. A committed `requestKey` (this request, or
 * the same one running at once) writes nothing and answers `committedAnswer`; otherwise the key
 * commits in the write's transaction.
 */
async function write<A>(
  what: string,
  operation: string,
  { requestKey }: WriteOptions,
  attempt: () => Promise<{ answer: A; tx?: Tx }>,
  committedAnswer: () => Promise<A>,
): Promise<A> {
  const started = Date.now();
  for (let n = 0; n < MAX_ATTEMPTS && Date.now() - started < RETRY_BUDGET_MS; n += 1) {
    if (n > 0) await pause(n);
    if (requestKey && (await kvs.get(requestKey)) !== undefined) return committedAnswer();
    const { answer, tx } = await attempt();
    if (!tx) return answer;
    if (requestKey) tx.set(requestKey, { maturity: operation });
    if (await committed(() => tx.execute())) return answer;
  }
  throw new WriteRefusedError(
    'CONFLICT',
    `${what} changed at the same moment; nothing of your change was saved. Try again.`,
  );
}

const rate: MaturityStorePort['rate'] = (period, accountId, change, options = {}) =>
  write<RateAnswer>(
    'This assessment',
    'rate',
    options,
    async () => {
      const { header, mine } = await readPair(period, accountId);
      const after = change(header && structuredClone(header), mine && structuredClone(mine));
      if (!after) return { answer: { changed: false, header, mine } };
      if (after.mine.accountId !== accountId)
        throw new Error(`Ratings of ${after.mine.accountId} given as ${accountId}'s`);
      const tx = kvs.transact();
      const h = put(tx, headerSlot(period), nextRevision(after.header, header), header?.revision);
      const m = put(tx, ratingsSlot(period, accountId), nextRevision(after.mine, mine), mine?.revision);
      return { tx, answer: { changed: true, header: h, mine: m } };
    },
    async () => ({ changed: false, ...(await readPair(period, accountId)) }),
  );

const submit: MaturityStorePort['submit'] = (period, change, options = {}) =>
  write<SubmitAnswer>(
    'This assessment',
    'submit',
    options,
    async () => {
      const current = await readAssessment(period);
      if (!current) return { answer: { changed: false, assessment: undefined, summary: undefined } };
      const after = change(structuredClone(current));
      if (!after) return { answer: { changed: false, assessment: current, summary: await read(summarySlot(period)) } };
      const tx = kvs.transact();
      const header = put(tx, headerSlot(period), nextRevision(after.header, current), current.revision);
      // Conditional on no summary yet: a submission in between fails the transaction.
      const summary = put(tx, summarySlot(period), after.summary, undefined);
      // The header's revision held, so no rating changed since they were read (a rating rewrites it).
      const ratings = Object.fromEntries(
        header.raters.flatMap((a) => (current.ratings[a] ? [[a, current.ratings[a]]] : [])),
      );
      return { tx, answer: { changed: true, assessment: { ...header, ratings }, summary } };
    },
    async () => ({
      changed: false,
      assessment: await readAssessment(period),
      summary: await read(summarySlot(period)),
    }),
  );

/** The newest `limit` summaries, newest period first: one query of `by-kind-period`, partition `summary`. */
async function listSummaries(limit: number): Promise<PeriodSummary[]> {
  if (limit > MATURITY_HISTORY_LIMIT) throw new RangeError(`One query lists at most ${MATURITY_HISTORY_LIMIT}`);
  if (limit < 1) return [];
  const page = await kvs
    .entity<MaturityEntity>(ENTITIES.maturity)
    .query()
    .index('by-kind-period', { partition: ['summary'] })
    .sort(Sort.DESC)
    .limit(limit)
    .getMany();
  return page.results.map((r) => periodSummarySchema.parse(stored.parse(r.value).data));
}

/** `MaturityStorePort` on Forge KVS (issue 12): entity `maturity`, the settings in entity `settings`. */
export const maturityStore: MaturityStorePort = {
  getSettings: () => read(settingsSlot),
  updateSettings: (change, options) => updateRecord(settingsSlot, change, options),
  getAssessment: (period) => read(headerSlot(period)),
  getRatings: (period, accountId) => read(ratingsSlot(period, accountId)),
  readAssessment,
  rate,
  submit,
  updateAssessment: (period, change) => updateRecord(headerSlot(period), (h) => h && change(h)),
  getSummary: (period) => read(summarySlot(period)),
  listSummaries,
  getGapIssues: (period) => read(gapsSlot(period)),
  updateGapIssues: (period, change) => updateRecord(gapsSlot(period), change),
};
