/**
 * The events that move an initiative through its lifecycle (issue 10 item 1), declared once here and
 * imported everywhere. Each names what happened; `transition` says where it leads from each stage.
 * The checkpoint verdicts are three events so that a table of (stage, event) pairs covers them all.
 *
 * @example
 * LIFECYCLE_EVENTS.includes('pilot-started'); // true
 */
export const LIFECYCLE_EVENTS = [
  'submitted',
  'approved',
  'rejected',
  'pilot-started',
  'checkpoint-go',
  'checkpoint-no-go',
  'checkpoint-hold',
  'rollout-started',
  'delivered',
  'pir-started',
  'closed',
  'paused',
  'resumed',
  'terminated',
  'reopened',
] as const;

/** One of {@link LIFECYCLE_EVENTS}. */
export type LifecycleEvent = (typeof LIFECYCLE_EVENTS)[number];

/**
 * The events that are recorded decisions with a reason or a rationale, so only the CSI panel may
 * cause them: a Jira transition that would mean one of them is refused with "how to do it properly".
 *
 * @example
 * APP_DECISION_EVENTS.includes('rejected'); // true
 */
export const APP_DECISION_EVENTS = [
  'rejected',
  'checkpoint-go',
  'checkpoint-no-go',
  'checkpoint-hold',
  'paused',
  'resumed',
  'terminated',
  'reopened',
] as const satisfies readonly LifecycleEvent[];

/** Narrows untrusted input to a {@link LifecycleEvent}. */
export function isLifecycleEvent(value: unknown): value is LifecycleEvent {
  return LIFECYCLE_EVENTS.some((event) => event === value);
}
