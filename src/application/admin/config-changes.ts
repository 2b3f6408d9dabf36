import type { ScoringConfig } from '../../domain/scoring/scoring-config';

/**
 * What changed between two scoring configurations, in words for the decision log.
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
  if (before.mviThresholdPct !== after.mviThresholdPct)
    changes.push(`MVI threshold ${before.mviThresholdPct} % → ${after.mviThresholdPct} %`);
  if (!same([...before.enabledIssueTypes].sort(), [...after.enabledIssueTypes].sort())) {
    changes.push(`Issue types taking part: ${after.enabledIssueTypes.join(', ') || 'none'}`);
  }
  return changes.length > 0 ? changes : ['No rule changed (saved again)'];
}
