/**
 * What the issue panel shows of an initiative's pilot (issue 10 items 2, 3 and 5), built by
 * `application/pilot/pilot-view.ts` from the stored pilot. Each part has its own view type beside
 * its calls.
 */
export interface PilotView {
  /** Whether a pilot is stored (false: nothing was planned yet). */
  stored: boolean;
}
