import type { InitiativeRecord } from '../../application/initiative-record';
import * as z from 'zod';
import type { EventIssueFacts, FactsVersion } from '../../application/lifecycle/sync-issue.use-case';
import { isNewer } from '../../application/lifecycle/sync-issue.use-case';
import type { Drift, Inspection } from '../../application/reconcile/reconcile-projections.use-case';
import { readProjected, type ShownProjection } from './projected-values';
import type { RateLimitSignal } from './rate-limit-headers';
import { projectedProperty } from '../storage/projection-outbox.repository';

/** JSON with object keys sorted, so two values compare equal whatever order Jira keeps the keys in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const shownStatus = z.object({ status: z.object({ name: z.string() }) });

/**
 * How what Jira shows differs from what storage says it must show (null when it agrees): the field,
 * the property (score facts and lifecycle stage), or the status the lifecycle stage maps to.
 */
export function driftOf(record: InitiativeRecord, shown: ShownProjection): Drift | null {
  const field = shown.field ?? null;
  if (field !== record.computed.score) return 'field';
  if (shown.property === undefined) return 'missing-property';
  if (canonical(shown.property) !== canonical(projectedProperty(record))) return 'property';
  const status = shownStatus.safeParse(shown.facts);
  const target = record.lifecycle?.jiraStatus;
  return target !== undefined && status.success && status.data.status.name !== target ? 'status' : null;
}

const factsSchema = z.object({
  key: z.string(),
  summary: z.string(),
  status: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }) }),
  issuetype: z.object({ name: z.string() }),
  project: z.object({ key: z.string() }),
  assignee: z.object({ accountId: z.string(), displayName: z.string() }).nullable().optional(),
  updated: z.string().refine((v) => !Number.isNaN(Date.parse(v))),
});

/**
 * Jira's facts when they are newer than the copy's (`updated` later than its `factsVersion`) and
 * differ from it: an update event the copy missed (the manifest filter drops updates of an issue
 * whose property is not in Jira yet, or was deleted) or that has not arrived yet.
 */
export function newerFacts(
  record: InitiativeRecord,
  shown: ShownProjection,
): { facts: EventIssueFacts; version: FactsVersion } | undefined {
  const parsed = factsSchema.safeParse(shown.facts);
  if (!parsed.success) return undefined;
  const f = parsed.data;
  const version = { updated: Date.parse(f.updated), changelog: 0 };
  if (!isNewer(version, record.factsVersion)) return undefined;
  const facts: EventIssueFacts = {
    id: record.issueId,
    key: f.key,
    projectKey: f.project.key,
    summary: f.summary,
    status: f.status.name,
    statusCategory: f.status.statusCategory.key,
    issueType: f.issuetype.name,
    owner: f.assignee ? { accountId: f.assignee.accountId, displayName: f.assignee.displayName } : null,
  };
  const same =
    facts.key === record.issueKey &&
    facts.projectKey === record.projectKey &&
    facts.summary === record.summary &&
    facts.status === record.status &&
    facts.statusCategory === record.statusCategory &&
    facts.issueType === record.issueType &&
    (facts.owner?.accountId ?? null) === (record.owner?.accountId ?? null);
  return same ? undefined : { facts, version };
}

/** Reads Jira's projections of the records (one bulk search) and compares each with storage. */
export async function inspectProjections(
  records: readonly InitiativeRecord[],
  observe?: (signal: RateLimitSignal) => void,
): Promise<Inspection[]> {
  const shown = new Map(
    (
      await readProjected(
        records.map((r) => r.issueId),
        observe,
      )
    ).map((s) => [s.issueId, s]),
  );
  return records.map((record) => {
    const seen = shown.get(record.issueId);
    if (!seen) return { issueId: record.issueId, absent: true };
    return { issueId: record.issueId, drift: driftOf(record, seen), newerFacts: newerFacts(record, seen) };
  });
}
