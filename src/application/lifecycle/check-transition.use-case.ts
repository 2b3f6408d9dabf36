import { checkConfiguredGate } from '../../domain/lifecycle/check-configured-gate';
import type { GateAnswer } from '../../domain/lifecycle/check-gate';
import { stagesForStatus } from '../../domain/lifecycle/stages-for-status';
import type { InitiativeRecord } from '../initiative-record';
import type { StoredWorkflowMap } from '../lifecycle-settings/lifecycle-settings.ports';
import type { PilotRecord } from '../pilot/pilot-record';
import { gateForRecord } from './check-gate.use-case';
import { followJira } from './follow-jira';
import { gateFactsOf } from './gate-facts';
import { lifecycleOf } from './lifecycle-state';

/** What the workflow validator reads: the admins' mapping, and the initiative with its pilot. */
export interface TransitionCheckPorts {
  workflowMap(): Promise<StoredWorkflowMap>;
  /** One batch get of the initiative and its pilot. */
  readWithInitiative(
    issueId: string,
  ): Promise<{ record: InitiativeRecord | undefined; pilot: PilotRecord | undefined }>;
  /** Today as YYYY-MM-DD (commitments expire by day). */
  today(): string;
  /**
   * Whether the issue's type takes part in CSI (the scoring settings' issue types), asked only for an
   * issue the app holds no initiative for: an initiative whose creation event is still on its way is
   * gated, a plain task in the same workflow (a PIR action's issue) is not.
   */
  takesPart(issueId: string): Promise<boolean>;
}

/**
 * The workflow validator's answer for moving issue `issueId` to the status `toStatus` (issue 10
 * items 1 and 6). With no mapping saved by an admin, the built-in gate applies as before
 * (`gateForRecord`: into In Progress or Rolling Out only with a complete score, a passing MVI and
 * no rejection). With a mapping: the domain's `checkConfiguredGate` with the conditions the admins
 * chose for `toStatus`, the initiative's lifecycle and the facts of the initiative and its pilot.
 * A move to a status the app's stage is already mapped to is the app keeping Jira in step with a
 * decision it recorded (a resume, a reopen), or Jira catching up with the app: the lifecycle lets it
 * through and the conditions are not asked again (they were when the stage was first entered).
 * When the transition starts from a status the app's copy has not seen yet (`fromStatus`: the
 * event of the previous transition is still on its way), the lifecycle first follows that move as
 * the event will (`followJira`: only moves Jira itself may make), so two quick transitions in a
 * row are judged from where the issue really is.
 * Costs two KVS operations (the mapping and the batch get, at once); an issue without an initiative
 * costs one Jira read and the settings' get more, to tell whether its type takes part at all.
 */
export async function checkTransition(
  ports: TransitionCheckPorts,
  issueId: string,
  toStatus: string,
  fromStatus?: string,
): Promise<GateAnswer> {
  const [map, { record, pilot }] = await Promise.all([ports.workflowMap(), ports.readWithInitiative(issueId)]);
  if (!record && !(await ports.takesPart(issueId))) return { result: true };
  if (map.version === 0) return gateForRecord(record, toStatus);
  const stored = record ? lifecycleOf(record, map.stages) : null;
  const caughtUp =
    stored && record && fromStatus !== undefined && fromStatus !== record.status
      ? followJira(stored, fromStatus, map.stages, new Date().toISOString()).lifecycle
      : stored;
  const lifecycle = caughtUp;
  const inStep = lifecycle !== null && stagesForStatus(map.stages, toStatus).includes(lifecycle.stage);
  const conditions = inStep ? [] : (map.gates.find((g) => g.status === toStatus)?.conditions ?? []);
  return checkConfiguredGate({
    toStatus,
    conditions,
    lifecycle: lifecycle && {
      stage: lifecycle.stage,
      latestVerdict: lifecycle.latestVerdict,
      ...(lifecycle.pausedFrom ? { pausedFrom: lifecycle.pausedFrom } : {}),
    },
    stages: map.stages,
    facts: gateFactsOf(record, pilot, ports.today()),
  });
}
