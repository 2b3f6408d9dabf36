import { kvs, Sort, WhereConditions } from '@forge/kvs';
import * as z from 'zod';
import type { ConfigRequest } from '../../application/programme/scoring-config.ports';
import type { DecisionDraft } from '../../domain/decision-log/decision-entry';
import { ENTITIES, KEYS } from './keys';

const recordSchema = z.object({
  version: z.number().int(),
  decided: z.boolean(),
  draft: z.record(z.string(), z.unknown()),
  actor: z.object({ accountId: z.string(), displayName: z.string() }),
  at: z.string(),
});

/**
 * Configuration saves by client request id (`request:<accountId>:<requestId>`): written with the
 * settings in their transaction (see `saveSettings`), read by a retry with the same id.
 */
const configEntry = z.object({
  type: z.literal('scoring-config-changed'),
  entry: z.object({ payload: z.object({ toVersion: z.number() }) }),
});

/** How far back a retry looks for its decision: a retry follows its first call closely. */
const RECENT_ENTRIES = 100;

export const configRequests = {
  /**
   * Whether the decision log's latest entries record configuration `version` (one indexed query):
   * the append and the request record are two transactions, so a retry checks the log itself.
   */
  async recorded(version: number): Promise<boolean> {
    const page = await kvs
      .entity<{ type: string; entry: unknown }>(ENTITIES.decision)
      .query()
      .index('by-seq')
      .where(WhereConditions.greaterThan(0))
      .sort(Sort.DESC)
      .limit(RECENT_ENTRIES)
      .getMany();
    return page.results.some(({ value }) => {
      const parsed = configEntry.safeParse(value);
      return parsed.success && parsed.data.entry.payload.toVersion === version;
    });
  },
  key: KEYS.request,
  async get(key: string): Promise<ConfigRequest | undefined> {
    const parsed = recordSchema.safeParse(await kvs.get<unknown>(key));
    // The draft was built by this app and is validated again when the decision is recorded.
    return parsed.success ? { ...parsed.data, draft: parsed.data.draft as unknown as DecisionDraft } : undefined;
  },
  async set(key: string, record: ConfigRequest): Promise<void> {
    await kvs.set(key, record);
  },
};
