/**
 * The conditions a CSI admin can require of a gated Jira transition (domain.md sections 2 and 9;
 * issue 10 item 6): declared once here and imported everywhere, the UI included. A gated transition
 * is also always refused from a stage that contradicts it (rejected, terminated, paused); that is
 * the lifecycle's rule, not a condition an admin switches off.
 *
 * @example
 * GATE_CONDITIONS.includes('latest-checkpoint-go'); // true
 */
export const GATE_CONDITIONS = [
  'score-complete',
  'mvi-passed',
  'commitment-confirmed',
  'dependency-review-done',
  'latest-checkpoint-go',
] as const;

/** One of {@link GATE_CONDITIONS}. */
export type GateCondition = (typeof GATE_CONDITIONS)[number];
