import * as z from 'zod/mini';
import { GATE_CONDITIONS, type GateCondition } from '../domain/lifecycle/gate-condition.vocabulary';
import { LIFECYCLE_STAGES, type LifecycleStage } from '../domain/lifecycle/lifecycle-stage.vocabulary';
import { defineCall } from './call';
import { listOf, patternText, requiredText, wholeIn } from './fields';
import { requestIdSchema } from './request-id';
import type { UserRef } from './views';

export { GATE_CONDITIONS, LIFECYCLE_STAGES };
export type { GateCondition, LifecycleStage };

/** At most this many services, retired ones included (they stay for history). */
export const MAX_SERVICES = 200;
/** At most this many gated transitions (target statuses). */
export const MAX_GATES = 50;

/** One service of the catalogue, as the programme page shows it. */
export interface ServiceView {
  key: string;
  name: string;
  owner: UserRef;
  retired: boolean;
  /** Counts this service's changes; an edit names the revision it started from. */
  revision: number;
  changedBy: UserRef;
  changedAt: string;
}

export interface ServicesData {
  services: ServiceView[];
  max: number;
}

/** One app stage mapped to one status of the Jira workflow. */
export interface StageStatus {
  stage: LifecycleStage;
  status: string;
}

/** A gated transition: moving into `status` needs every one of `conditions`. */
export interface GateRule {
  status: string;
  conditions: GateCondition[];
}

export interface WorkflowMapData {
  /** 0 until an admin saved a mapping; a save names the version it started from. */
  version: number;
  /** The project whose workflow statuses were read (`null` before anything was saved or chosen). */
  projectKey: string | null;
  /** The statuses of that project's workflow, as Jira lists them (empty without a project). */
  statuses: string[];
  stages: StageStatus[];
  gates: GateRule[];
  changedBy: UserRef | null;
  changedAt: string | null;
}

const accountId = patternText(128, /^[\w:-]{1,128}$/, 'Not an account id');
/** A service key: lower-case letters, digits and dashes; never reused, retired keys included. */
export const serviceKey = patternText(
  40,
  /^[a-z0-9][a-z0-9-]{0,39}$/,
  'Use 1-40 lower-case letters, digits or dashes, starting with a letter or digit',
);
const projectKey = patternText(20, /^[A-Z][A-Z0-9_]{0,19}$/, 'Use a Jira project key such as CSI');
/** A Jira status name as the workflow lists it. */
const statusName = requiredText(255);
const revision = wholeIn(1, 1_000_000);

/**
 * The CSI admins' lifecycle settings, on the CSI programme page (`programme-fn`): the services
 * catalogue and the mapping of app stages and gates onto the Jira workflow. Every call needs the
 * CSI-admin role (Jira site admins hold it too).
 */
export const lifecycleSettingsCalls = {
  services: defineCall<ServicesData>()('lifecycleSettings.services', z.strictObject({})),
  findUsers: defineCall<UserRef[]>()('lifecycleSettings.findUsers', z.strictObject({ query: requiredText(100) })),
  addService: defineCall<ServicesData>()(
    'lifecycleSettings.addService',
    z.strictObject({ key: serviceKey, name: requiredText(100), ownerAccountId: accountId, requestId: requestIdSchema }),
  ),
  /** Renames a service or changes its owner (or both), from the revision the admin saw. */
  updateService: defineCall<ServicesData>()(
    'lifecycleSettings.updateService',
    z.strictObject({
      key: serviceKey,
      revision,
      name: requiredText(100),
      ownerAccountId: accountId,
      requestId: requestIdSchema,
    }),
  ),
  retireService: defineCall<ServicesData>()(
    'lifecycleSettings.retireService',
    z.strictObject({ key: serviceKey, revision, requestId: requestIdSchema }),
  ),
  /** The saved mapping and the statuses of `workflowProject`'s workflow (default: the saved mapping's project). */
  workflow: defineCall<WorkflowMapData>()(
    'lifecycleSettings.workflow',
    // Not `projectKey`: that name is the frame's identity field, and the programme page has no project.
    z.strictObject({ workflowProject: z.optional(projectKey) }),
  ),
  saveWorkflow: defineCall<WorkflowMapData>()(
    'lifecycleSettings.saveWorkflow',
    z.strictObject({
      /** The version the admin edited (0 before the first save). */
      version: wholeIn(0, 1_000_000),
      workflowProject: projectKey,
      stages: listOf(
        z.strictObject({
          stage: z.enum(LIFECYCLE_STAGES, { error: 'Choose one of the lifecycle stages' }),
          status: statusName,
        }),
        LIFECYCLE_STAGES.length,
      ),
      gates: listOf(
        z.strictObject({
          status: statusName,
          conditions: listOf(
            z.enum(GATE_CONDITIONS, { error: `Unknown gate condition: choose from ${GATE_CONDITIONS.join(', ')}` }),
            GATE_CONDITIONS.length,
          ),
        }),
        MAX_GATES,
      ),
      requestId: requestIdSchema,
    }),
  ),
};
