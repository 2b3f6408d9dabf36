/**
 * The stages of an initiative's lifecycle (domain.md section 2; issue 10): declared once here and
 * imported everywhere, the UI included (through src/contracts). The happy path runs from `proposed`
 * to `closed`; `rejected`, `paused` and `terminated` are the side stages a recorded decision leads
 * to (and a recorded resume or reopen leads back from).
 *
 * @example
 * LIFECYCLE_STAGES.includes('piloting'); // true
 */
export const LIFECYCLE_STAGES = [
  'proposed',
  'under-review',
  'approved',
  'piloting',
  'rolling-out',
  'done',
  'post-review',
  'closed',
  'rejected',
  'paused',
  'terminated',
] as const;

/** One of {@link LIFECYCLE_STAGES}. */
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

/**
 * How people read each stage, as the end of "This initiative is ...": refusal messages, the panel's
 * banner and the JQL help use these words.
 */
export const LIFECYCLE_STAGE_LABELS: Record<LifecycleStage, string> = {
  proposed: 'proposed',
  'under-review': 'under review',
  approved: 'approved',
  piloting: 'piloting',
  'rolling-out': 'rolling out',
  done: 'done',
  'post-review': 'in its post-implementation review',
  closed: 'closed',
  rejected: 'rejected',
  paused: 'paused',
  terminated: 'terminated',
};
