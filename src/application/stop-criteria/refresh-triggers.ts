import { evaluateStopCriteria } from '../../domain/lifecycle/evaluate-stop-criteria';
import type { StopCriterion, StopFacts } from '../../domain/lifecycle/stop-criterion';
import type { StopTrigger } from './stop-criteria-record';

/**
 * The initiative's triggers after an evaluation of its declared criteria. `facts` are what the
 * caller knows now: a re-score knows the stage and the score but not the pilot, so it passes
 * `only: ['pause-if-score-below']` and the other kinds keep their triggers as they were. A trigger
 * still firing with the same message keeps its `since` and its answer; a new or changed one starts
 * unanswered at `at`; one that no longer fires is gone.
 *
 * @example
 * refreshTriggers([], [{ id: 's', kind: 'pause-if-score-below', score: 40 }], { ...facts, score: 35 }, at);
 * // [{ id: 's', kind: 'pause-if-score-below', proposes: 'pause', message: 'The score 35 is below 40: ...', since: at, answeredSeq: null }]
 */
export function refreshTriggers(
  previous: readonly StopTrigger[],
  criteria: readonly StopCriterion[],
  facts: StopFacts,
  at: string,
  only?: ReadonlyArray<StopCriterion['kind']>,
): StopTrigger[] {
  const evaluated = (kind: StopCriterion['kind']) => only === undefined || only.includes(kind);
  const fired = evaluateStopCriteria(
    criteria.filter((c) => evaluated(c.kind)),
    facts,
  );
  const kept = previous.filter((t) => !evaluated(t.kind) && criteria.some((c) => c.id === t.id && c.kind === t.kind));
  const fresh = fired.map((f) => {
    const before = previous.find((t) => t.id === f.id && t.message === f.message);
    return before ?? { ...f, since: at, answeredSeq: null };
  });
  return [...kept, ...fresh].sort(
    (a, b) => criteria.findIndex((c) => c.id === a.id) - criteria.findIndex((c) => c.id === b.id),
  );
}

/** The triggers still waiting for the committee's decision. */
export function openTriggers(triggers: readonly StopTrigger[]): StopTrigger[] {
  return triggers.filter((t) => t.answeredSeq === null);
}

/**
 * The triggers after the committee answered them with decision `seq`: a pause, a termination, or
 * "continue" (an override of the pause or terminate trigger) answers every open one. An answered
 * trigger stops asking until its facts change (then it fires again with a new message).
 */
export function answerTriggers(triggers: readonly StopTrigger[], seq: number): StopTrigger[] {
  return triggers.map((t) => (t.answeredSeq === null ? { ...t, answeredSeq: seq } : t));
}

/** Whether a decision answers the open triggers (see {@link answerTriggers}). */
export function answersTriggers(entry: { type: string; payload: unknown }): boolean {
  if (entry.type === 'pause' || entry.type === 'terminate') return true;
  const payload = entry.payload as { overridden?: unknown } | null;
  return entry.type === 'override' && payload?.overridden === 'pause-terminate-trigger';
}
