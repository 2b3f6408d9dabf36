import type { GateAnswer } from './check-gate';
import { GATE_CONDITIONS, type GateCondition } from './gate-condition.vocabulary';
import type { GateConditionFacts } from './gate-condition-facts';
import { judgeJiraTransition, type AppLifecycleState } from './judge-jira-transition';
import { missingGateCondition } from './missing-gate-condition';
import type { StageStatusMap } from './stage-status-map';

/** Everything the configured gate needs to answer one Jira transition. */
export interface ConfiguredGateQuestion {
  /** The transition's target status, as Jira names it. */
  toStatus: string;
  /** The conditions admins require for a move into `toStatus` (empty when it is not gated). */
  conditions: readonly GateCondition[];
  /** The app's lifecycle state; `null` for an issue the app has no state for yet (only conditions apply). */
  lifecycle: AppLifecycleState | null;
  stages: StageStatusMap;
  facts: GateConditionFacts;
}

/**
 * The CSI workflow validator with admin-chosen conditions (issue 10 item 6): first the lifecycle's
 * refusal of a move that contradicts the app's stage or takes a decision only the app records
 * ({@link judgeJiraTransition}), then every chosen condition that does not hold, in the fixed order
 * of {@link GATE_CONDITIONS}. The refusal names each thing missing and where to do it.
 *
 * @example
 * checkConfiguredGate({ toStatus: 'In Progress', conditions: ['dependency-review-done'], lifecycle, stages, facts });
 * // { result: false, errorMessage: 'CSI gate: mark the dependency review done in the CSI panel (Dependencies).' }
 */
export function checkConfiguredGate(question: ConfiguredGateQuestion): GateAnswer {
  const { toStatus, conditions, lifecycle, stages, facts } = question;
  const judgement = lifecycle === null ? null : judgeJiraTransition(toStatus, lifecycle, stages);
  const missing = GATE_CONDITIONS.filter((c) => conditions.includes(c))
    .map((c) => missingGateCondition(c, facts))
    .filter((m): m is string => m !== null);
  if (judgement !== null && !judgement.allowed) {
    const also = missing.length === 0 ? '' : ` Also ${missing.join('; ')}.`;
    return { result: false, errorMessage: `CSI gate: ${judgement.message}${also}` };
  }
  if (missing.length === 0) return { result: true };
  return { result: false, errorMessage: `CSI gate: ${missing.join('; ')}.` };
}
