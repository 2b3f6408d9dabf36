import { kvs } from '@forge/kvs';
import * as z from 'zod';
import type { HeadState } from '../../application/decisions/verify-decision-log.use-case';
import { ENTITIES, LOG_HEAD_KEY } from './keys';

export interface HeadEntity {
  seq: number;
  hash: string;
}

const headSchema = z.strictObject({ seq: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) });

/** The stored head (strongly consistent) as found, with its raw `seq` for a conditional write over it. */
export async function readHeadState(): Promise<HeadState & { rawSeq?: unknown }> {
  const raw = await kvs.entity<HeadEntity>(ENTITIES.logHead).get(LOG_HEAD_KEY);
  if (raw === undefined) return { state: 'missing' };
  const parsed = headSchema.safeParse(raw);
  if (!parsed.success) return { state: 'malformed', rawSeq: (raw as { seq?: unknown } | null)?.seq };
  return { state: 'ok', head: parsed.data, rawSeq: parsed.data.seq };
}
