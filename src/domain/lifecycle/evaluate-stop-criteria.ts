import type { LifecycleStage } from './lifecycle-stage.vocabulary';
import type { StopCriterion, StopFacts, TriggeredStopCriterion } from './stop-criterion';

const WATCHED: readonly LifecycleStage[] = ['approved', 'piloting', 'rolling-out'];

function triggered(criterion: StopCriterion, facts: StopFacts): string | null {
  switch (criterion.kind) {
    case 'terminate-if-no-kpi-gain': {
      const last = facts.checkpoints.slice(-criterion.checkpoints);
      if (last.length < criterion.checkpoints || last.some((c) => c.kpiGain)) return null;
      const names = last.map((c) => `"${c.name}"`).join(', ');
      const count =
        criterion.checkpoints === 1 ? 'the last checkpoint' : `the last ${criterion.checkpoints} checkpoints`;
      return `No KPI gain at ${count} (${names}): decide whether to terminate it.`;
    }
    case 'pause-if-score-below':
      if (facts.score === null || facts.score >= criterion.score) return null;
      return `The score ${facts.score} is below ${criterion.score}: decide whether to pause it.`;
    case 'pause-if-commitment-lapsed': {
      const all = facts.confirmedCommitments;
      if (all.length === 0 || all.some((c) => c.start <= facts.today && facts.today <= c.end)) return null;
      if (all.some((c) => c.start > facts.today)) return null; // the next one has not started yet
      const lastEnd = all
        .map((c) => c.end)
        .sort()
        .at(-1) as string;
      return `No confirmed commitment covers today; the last ended on ${lastEnd}: decide whether to pause it.`;
    }
  }
}

/**
 * Evaluates the declared pause / terminate criteria of an initiative that is approved, piloting or
 * rolling out (others are already stopped or finished, so nothing triggers). A triggered criterion
 * proposes a pause or a termination and says why; the committee records the decision.
 * - terminate-if-no-kpi-gain: the last `checkpoints` decided checkpoints all showed no KPI gain.
 * - pause-if-score-below: a complete score strictly below the threshold.
 * - pause-if-commitment-lapsed: it had confirmed commitments and none covers today or lies ahead.
 *
 * @example
 * evaluateStopCriteria([{ id: 's', kind: 'pause-if-score-below', score: 40 }], { ...facts, score: 35.5 });
 * // [{ id: 's', kind: 'pause-if-score-below', proposes: 'pause', message: 'The score 35.5 is below 40: decide whether to pause it.' }]
 */
export function evaluateStopCriteria(criteria: readonly StopCriterion[], facts: StopFacts): TriggeredStopCriterion[] {
  if (!WATCHED.includes(facts.stage)) return [];
  return criteria.flatMap((criterion) => {
    const message = triggered(criterion, facts);
    if (message === null) return [];
    const proposes = criterion.kind === 'terminate-if-no-kpi-gain' ? 'terminate' : 'pause';
    return [{ id: criterion.id, kind: criterion.kind, proposes, message }];
  });
}
