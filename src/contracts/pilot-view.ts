import type { CheckpointsView } from './checkpoint.contract';

/**
 * What the issue panel shows of an initiative's pilot (issue 10 items 2, 3 and 5), built by
 * `application/pilot/pilot-view.ts` from the stored pilot. Each part has its own view type beside
 * its calls.
 */
export interface PilotView {
  /** Whether a pilot is stored (false: nothing was planned yet). */
  stored: boolean;
  /** Go / no-go checkpoints (item 2): criteria with outcomes, recommendations, decisions. */
  checkpoints: CheckpointsView;
  /** Resource commitments (item 3); their states and loads come with the Resources tab's call. */
  commitments: { total: number };
  /** Affected services and the dependency review (item 5): `reviewDone` when it covers every named service. */
  dependencies: { services: string[]; reviewDone: boolean };
}
