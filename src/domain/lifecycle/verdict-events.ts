import type { CheckpointVerdict } from '../decision-log/decision.vocabulary';
import type { LifecycleEvent } from './lifecycle-event.vocabulary';

/** The lifecycle event each checkpoint verdict is. */
export const VERDICT_EVENTS = {
  go: 'checkpoint-go',
  'no-go': 'checkpoint-no-go',
  hold: 'checkpoint-hold',
} as const satisfies Record<CheckpointVerdict, LifecycleEvent>;

/** The verdict a lifecycle event records, or undefined for an event that is no checkpoint verdict. */
export function verdictOfEvent(event: LifecycleEvent): CheckpointVerdict | undefined {
  return (Object.keys(VERDICT_EVENTS) as CheckpointVerdict[]).find((v) => VERDICT_EVENTS[v] === event);
}
