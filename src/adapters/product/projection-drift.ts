import type { InitiativeRecord } from '../../application/initiative-record';
import type { Drift, Inspection } from '../../application/reconcile/reconcile-projections.use-case';
import { readProjected, type ShownProjection } from './projected-values';
import type { RateLimitSignal } from './rate-limit-headers';
import { propertyValue } from './score-property';

/** JSON with object keys sorted, so two values compare equal whatever order Jira keeps the keys in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** How what Jira shows differs from what storage says it must show (null when it agrees). */
export function driftOf(record: InitiativeRecord, shown: ShownProjection): Drift | null {
  const field = shown.field ?? null;
  if (field !== record.computed.score) return 'field';
  if (shown.property === undefined) return 'missing-property';
  return canonical(shown.property) === canonical(propertyValue(record.computed)) ? null : 'property';
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
    return seen ? { issueId: record.issueId, drift: driftOf(record, seen) } : { issueId: record.issueId, absent: true };
  });
}
