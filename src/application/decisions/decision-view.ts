import * as z from 'zod';
import { DECISION_TYPE_LABELS } from '../../contracts/labels';
import type { DecisionEntryView } from '../../contracts/views';
import { indexProblem } from '../../domain/decision-log/entry-index';
import type { StoredRow } from './walk-log';

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
  actorName: z.string().optional(),
});

/**
 * What the decision-log table shows for one stored entry, every field from the hashed entry;
 * undefined (hidden) when the entry is unreadable, does not match its hash, or is stored with index
 * attributes (project, issue, decider, seq…) its hashed content does not have.
 */
export function decisionView(stored: StoredRow): DecisionEntryView | undefined {
  if (stored.misplaced || (stored.index !== undefined && indexProblem(stored.entry, stored.index) !== null)) {
    return undefined;
  }
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
    actor: { accountId: e.actor, displayName: e.actorName || e.actor },
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
