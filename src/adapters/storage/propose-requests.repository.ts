import { kvs } from '@forge/kvs';
import * as z from 'zod';
import type { ProposalRequestsPort } from '../../application/propose/propose.ports';
import { committed } from './kvs-conflict';
import { KEYS } from './keys';

const recordSchema = z.object({
  sourceKey: z.string(),
  at: z.string(),
  proposal: z.object({ id: z.string(), key: z.string() }).optional(),
  linked: z.boolean().optional(),
});

/** Proposal requests under `request:<accountId>:propose-<requestId>`, claimed with `FAIL_IF_EXISTS`. */
export const proposalRequests: ProposalRequestsPort = {
  key: KEYS.request,
  async get(key) {
    const parsed = recordSchema.safeParse(await kvs.get<unknown>(key));
    return parsed.success ? parsed.data : undefined;
  },
  claim: (key, record) => committed(() => kvs.set(key, record, { keyPolicy: 'FAIL_IF_EXISTS' })),
  async save(key, record) {
    await kvs.set(key, record);
  },
  async release(key) {
    await kvs.delete(key);
  },
};
