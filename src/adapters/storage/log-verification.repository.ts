import { kvs } from '@forge/kvs';
import * as z from 'zod';
import type { LastVerification } from '../../domain/decision-log/plan-verification';
import type { VerificationRecord } from '../../application/decisions/verify-decision-log.use-case';
import { KEYS } from './keys';

const checkpointSchema = z.strictObject({
  seq: z.number().int().min(0),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});

/** What the integrity badge shows; records written before incremental runs have only these fields. */
const verificationSchema = z.object({
  status: z.enum(['verified', 'broken', 'empty']),
  throughSeq: z.number().int(),
  atSeq: z.number().int().nullable(),
  reason: z.string().nullable(),
  verifiedAt: z.string(),
});

/** What the next run resumes from; anything else (older, tampered, junk) means a full walk. */
const lastSchema = verificationSchema.extend({
  checkpoint: checkpointSchema,
  fullAt: z.iso.datetime(),
});

export type LogVerification = z.infer<typeof verificationSchema>;

/** The outcome of the last verification of the chain (one get), or undefined if none ran yet. */
export async function loadVerification(): Promise<LogVerification | undefined> {
  const raw = await kvs.get<unknown>(KEYS.logVerification);
  return raw === undefined ? undefined : verificationSchema.parse(raw);
}

/** Where the next run may resume (one get), or undefined when there is no usable record. */
export async function loadLastVerification(): Promise<LastVerification | undefined> {
  const parsed = lastSchema.safeParse(await kvs.get<unknown>(KEYS.logVerification));
  if (!parsed.success) return undefined;
  const { status, checkpoint, fullAt } = parsed.data;
  return { status, checkpoint, fullAt };
}

export async function saveVerification(result: VerificationRecord): Promise<void> {
  await kvs.set(KEYS.logVerification, result);
}
