import { z } from 'zod';
import { DECISION_TYPE_LABELS } from '../../contracts/labels';
import type { DecisionEntryView } from '../../contracts/views';

/** Stored entries are untrusted: parsed loosely for display (the verifier judges integrity). */
const entrySchema = z.object({
  seq: z.number(),
  type: z.string(),
  subject: z.object({ issueKey: z.string(), projectKey: z.string() }).nullable(),
  summary: z.string(),
  rationale: z.string(),
  optionsConsidered: z.array(z.string()).default([]),
  scoresAtTime: z.record(z.string(), z.number().nullable()).optional(),
  revisitIf: z.string().optional(),
  payload: z.record(z.string(), z.unknown()).default({}),
  actor: z.string(),
  at: z.string(),
  prevHash: z.string(),
  hash: z.string(),
});

/** What the decision-log table shows for one stored entry; undefined when the entry is unreadable. */
export function decisionView(stored: { entry: unknown; actorName: string }): DecisionEntryView | undefined {
  const parsed = entrySchema.safeParse(stored.entry);
  if (!parsed.success) return undefined;
  const e = parsed.data;
  const { reasonCategory, ...rest } = e.payload;
  return {
    seq: e.seq,
    type: e.type,
    typeLabel: (DECISION_TYPE_LABELS as Record<string, string>)[e.type] ?? e.type,
    subject: e.subject ? { issueKey: e.subject.issueKey, projectKey: e.subject.projectKey } : null,
    summary: e.summary,
    rationale: e.rationale,
    optionsConsidered: e.optionsConsidered,
    reasonCategory: typeof reasonCategory === 'string' ? reasonCategory : null,
    revisitIf: e.revisitIf ?? null,
    scoresAtTime: e.scoresAtTime ?? null,
    actor: { accountId: e.actor, displayName: stored.actorName || e.actor },
    at: e.at,
    hash: e.hash,
    prevHash: e.prevHash,
    details: Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, flat(v)])),
  };
}

function flat(value: unknown): string | number | boolean | null {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value))
    return value as string | number | boolean | null;
  return Array.isArray(value) ? value.map(String).join('; ') : JSON.stringify(value);
}
