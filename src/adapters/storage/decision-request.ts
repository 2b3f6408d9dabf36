import { kvs } from '@forge/kvs';
import * as z from 'zod';
import type { DecisionEntry } from '../../domain/decision-log/decision-entry';
import { indexProblem } from '../../domain/decision-log/entry-index';
import type { DecisionEntity } from './decision.entity';
import { storedRow } from './decisions-after';
import { decisionKey, ENTITIES } from './keys';

/** What an append with a request key commits under that key (with the entry, one transaction). */
const appendedSchema = z.object({ decisionSeq: z.number().int().positive() });

/** The request record an append commits with its entry. */
export const appendedRecord = (seq: number) => ({ decisionSeq: seq });

/**
 * What a client request key took effect on (two gets at most): the decision entry its append
 * committed (only if the stored entry is intact, i.e. its attributes match its hashed content),
 * 'other' when the key recorded a write that was not a decision (or its entry is no longer intact),
 * undefined when nothing was committed with it.
 */
export async function decisionByRequest(requestKey: string): Promise<DecisionEntry | 'other' | undefined> {
  const record = await kvs.get<unknown>(requestKey);
  if (record === undefined) return undefined;
  const parsed = appendedSchema.safeParse(record);
  if (!parsed.success) return 'other';
  const key = decisionKey(parsed.data.decisionSeq);
  const value = await kvs.entity<DecisionEntity>(ENTITIES.decision).get(key);
  if (!value) return 'other';
  const row = storedRow(key, value);
  const intact = !row.misplaced && row.index !== undefined && indexProblem(row.entry, row.index) === null;
  return intact ? (row.entry as DecisionEntry) : 'other';
}
