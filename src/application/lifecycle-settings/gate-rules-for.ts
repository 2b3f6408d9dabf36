import type { GateCondition } from '../../contracts/lifecycle-settings.contract';
import type { StoredWorkflowMap } from './lifecycle-settings.ports';

/** How the gate learns the admins' rules: the saved workflow mapping (one KVS get). */
export interface GateRulesPorts {
  workflowMap(): Promise<StoredWorkflowMap>;
}

/**
 * The gate conditions CSI admins set for a transition into `targetStatus` (a Jira status name, as
 * the workflow validator reads it from the transition's target): `[]` when that transition is not
 * gated, `undefined` when no admin saved a mapping yet (the gate keeps its built-in rule then).
 *
 * @example
 * await gateRulesFor(ports, 'In Progress'); // ['score-complete', 'mvi-passed', 'commitment-confirmed']
 */
export async function gateRulesFor(
  ports: GateRulesPorts,
  targetStatus: string,
): Promise<readonly GateCondition[] | undefined> {
  const map = await ports.workflowMap();
  if (map.version === 0) return undefined;
  return map.gates.find((g) => g.status === targetStatus)?.conditions ?? [];
}
