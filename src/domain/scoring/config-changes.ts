import type { ScoringConfig } from './scoring-config';

/**
 * The most changes one decision-log entry records (`payload.changes` in the decision log's rules); a
 * save with more is refused before anything is written, so the log never misses a change.
 */
export const MAX_RECORDED_CHANGES = 50;

/**
 * What changed between two scoring configurations, in words for the decision log. Each line stays
 * under the log's 500 characters for valid configurations (names of at most 100 characters, issue
 * types of at most 60); the count is not capped here (see `MAX_RECORDED_CHANGES`).
 *
 * @example configChanges(a, b) // ['Weight of Business impact 3 → 4', 'Added criterion Customer value']
 */
export function configChanges(before: ScoringConfig, after: ScoringConfig): string[] {
  const changes: string[] = [];
  const old = new Map(before.criteria.map((c) => [c.key, c]));
  for (const c of after.criteria) {
    const prev = old.get(c.key);
    if (!prev) changes.push(`Added criterion ${c.name} (${c.direction}, weight ${c.weight})`);
    else {
      if (prev.weight !== c.weight) changes.push(`Weight of ${c.name} ${prev.weight} → ${c.weight}`);
      if (prev.direction !== c.direction) changes.push(`${c.name} is now a ${c.direction} criterion`);
      if (prev.name !== c.name) changes.push(`Renamed ${prev.name} to ${c.name}`);
      if (prev.description !== c.description || prev.levels.join('|') !== c.levels.join('|')) {
        changes.push(`Reworded ${c.name}`);
      }
    }
  }
  const kept = new Set(after.criteria.map((c) => c.key));
  for (const c of before.criteria) if (!kept.has(c.key)) changes.push(`Removed criterion ${c.name}`);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (!same(before.quickWin, after.quickWin)) changes.push('Quick-win thresholds changed');
  if (!same(before.transformational, after.transformational)) changes.push('Transformational thresholds changed');
  if (!same(before.balanceBand, after.balanceBand)) {
    changes.push(
      `Balance band ${before.balanceBand.min}-${before.balanceBand.max} % → ${after.balanceBand.min}-${after.balanceBand.max} %`,
    );
  }
  if (before.effortCriterionKey !== after.effortCriterionKey)
    changes.push(`Effort criterion ${before.effortCriterionKey} → ${after.effortCriterionKey}`);
  const [keysBefore, keysAfter] = [before.criteria.map((c) => c.key), after.criteria.map((c) => c.key)];
  const sameKeys = [...keysBefore].sort().join('|') === [...keysAfter].sort().join('|');
  if (sameKeys && keysBefore.join('|') !== keysAfter.join('|')) changes.push('Criteria reordered');
  if (before.mviThresholdPct !== after.mviThresholdPct)
    changes.push(`MVI threshold ${before.mviThresholdPct} % → ${after.mviThresholdPct} %`);
  // One line per issue type added or removed: a single line listing them all outgrew the decision
  // log's 500 characters per line with 50 long names, and the save was refused after writing.
  const typesBefore = new Set(before.enabledIssueTypes);
  const typesAfter = new Set(after.enabledIssueTypes);
  for (const t of after.enabledIssueTypes) if (!typesBefore.has(t)) changes.push(`Issue type ${t} now takes part`);
  for (const t of before.enabledIssueTypes)
    if (!typesAfter.has(t)) changes.push(`Issue type ${t} no longer takes part`);
  return changes.length > 0 ? changes : ['No rule changed (saved again)'];
}
