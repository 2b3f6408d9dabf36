import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { KEYS } from './keys';

const verificationSchema = z.object({
  status: z.enum(['verified', 'broken', 'empty']),
  throughSeq: z.number().int(),
  atSeq: z.number().int().nullable(),
  reason: z.string().nullable(),
  verifiedAt: z.string(),
});

export type LogVerification = z.infer<typeof verificationSchema>;

/** The outcome of the last full verification of the chain (one get), or undefined if none ran yet. */
export async function loadVerification(): Promise<LogVerification | undefined> {
  const raw = await kvs.get<unknown>(KEYS.logVerification);
  return raw === undefined ? undefined : verificationSchema.parse(raw);
}

export async function saveVerification(result: LogVerification): Promise<void> {
  await kvs.set(KEYS.logVerification, result);
}
