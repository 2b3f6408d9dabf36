import { Filter, FilterConditions, kvs } from '@forge/kvs';
import * as z from 'zod';
import type { LastSeal } from '../../application/seal/seal';
import { isConflict } from './kvs-conflict';
import { ENTITIES } from './keys';

interface SealEntity {
  day: string;
  data: unknown;
}

const LAST_KEY = 'last';
const claimKey = (day: string) => `claim-${day}`;
const seals = () => kvs.entity<SealEntity>(ENTITIES.logSeal);

const lastSchema = z.strictObject({
  seq: z.number().int().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  sealedAt: z.string(),
  where: z.string(),
});

/**
 * Claims a UTC day for one seal: a transaction conditional on no claim of that day existing
 * (storage-reference/transactions, `conditions`), so duplicated scheduled runs seal once.
 */
export async function claimSealDay(day: string): Promise<boolean> {
  try {
    await kvs
      .transact()
      .set(
        claimKey(day),
        { day, data: null },
        { entityName: ENTITIES.logSeal, conditions: new Filter<SealEntity>().and('day', FilterConditions.notExists()) },
      )
      .execute();
    return true;
  } catch (error) {
    if (isConflict(error)) return false;
    throw error;
  }
}

export async function releaseSealDay(day: string): Promise<void> {
  await kvs.transact().delete(claimKey(day), { entityName: ENTITIES.logSeal }).execute();
}

export async function rememberSeal(seal: LastSeal): Promise<void> {
  await seals().set(LAST_KEY, { day: seal.day, data: seal });
}

/** The last seal the app wrote, or undefined (none yet, or a record that fails its schema). */
export async function lastSeal(): Promise<LastSeal | undefined> {
  const parsed = lastSchema.safeParse((await seals().get(LAST_KEY))?.data);
  return parsed.success ? parsed.data : undefined;
}
