import { kvs } from '@forge/kvs';
import type { LifecycleSettingsPorts } from '../../application/lifecycle-settings/lifecycle-settings.ports';
import { addService } from '../../application/lifecycle-settings/add-service.use-case';
import { getServices } from '../../application/lifecycle-settings/get-services.use-case';
import { getWorkflowMap } from '../../application/lifecycle-settings/get-workflow-map.use-case';
import { retireService } from '../../application/lifecycle-settings/retire-service.use-case';
import { saveWorkflowMap } from '../../application/lifecycle-settings/save-workflow-map.use-case';
import { updateService } from '../../application/lifecycle-settings/update-service.use-case';
import { lifecycleSettingsCalls as calls } from '../../contracts/lifecycle-settings.contract';
import { ok } from '../../domain/result';
import { currentUser, ProductError } from '../product/jira-gateway';
import { projectStatuses } from '../product/project-statuses';
import { searchUsers, usersByIds } from '../product/users';
import { KEYS } from '../storage/keys';
import { loadServices, saveServices } from '../storage/lifecycle-services.repository';
import { loadWorkflowMap, saveWorkflowMap as storeWorkflowMap } from '../storage/workflow-map.repository';
import { defineResolver, type CallContext } from './define-resolver';

/** A project Jira does not show the caller (404, as for a missing one) has no statuses to choose from. */
async function statusesOf(projectKey: string): Promise<string[] | undefined> {
  try {
    return await projectStatuses(projectKey);
  } catch (cause) {
    if (cause instanceof ProductError && cause.status === 404) return undefined;
    throw cause;
  }
}

function ports(ctx: CallContext): LifecycleSettingsPorts {
  return {
    catalogue: loadServices,
    saveCatalogue: saveServices,
    workflowMap: loadWorkflowMap,
    saveWorkflowMap: storeWorkflowMap,
    projectStatuses: statusesOf,
    usersByIds,
    currentUser,
    requests: { seen: async (key) => (await kvs.get(key)) !== undefined },
    actor: { accountId: ctx.accountId, now: () => new Date().toISOString() },
  };
}

const requestKey = (ctx: CallContext, requestId: string | undefined) =>
  requestId && KEYS.request(ctx.accountId, requestId);

/**
 * The CSI admins' lifecycle settings (issue 10 items 1, 5 and 6), served by the CSI programme page
 * (`programme-fn`): like the scoring configuration, they are for CSI admins, who need not be Jira
 * administrators, so they are not on the Jira settings page. Every call checks the role first.
 */
export const lifecycleSettingsResolvers = [
  defineResolver({
    call: calls.services,
    requires: ['csiAdmin'],
    handle: (_input, ctx) => getServices(ports(ctx)),
  }),
  defineResolver({
    call: calls.findUsers,
    requires: ['csiAdmin'],
    handle: async (input) => ok(await searchUsers(input.query)),
  }),
  defineResolver({
    call: calls.addService,
    requires: ['csiAdmin'],
    handle: (input, ctx) =>
      addService(
        ports(ctx),
        input.key,
        { name: input.name, ownerAccountId: input.ownerAccountId },
        requestKey(ctx, input.requestId),
      ),
  }),
  defineResolver({
    call: calls.updateService,
    requires: ['csiAdmin'],
    handle: (input, ctx) =>
      updateService(
        ports(ctx),
        input.key,
        input.revision,
        { name: input.name, ownerAccountId: input.ownerAccountId },
        requestKey(ctx, input.requestId),
      ),
  }),
  defineResolver({
    call: calls.retireService,
    requires: ['csiAdmin'],
    handle: (input, ctx) => retireService(ports(ctx), input.key, input.revision, requestKey(ctx, input.requestId)),
  }),
  defineResolver({
    call: calls.workflow,
    requires: ['csiAdmin'],
    handle: (input, ctx) => getWorkflowMap(ports(ctx), input.workflowProject),
  }),
  defineResolver({
    call: calls.saveWorkflow,
    requires: ['csiAdmin'],
    handle: (input, ctx) =>
      saveWorkflowMap(
        ports(ctx),
        input.version,
        { projectKey: input.workflowProject, stages: input.stages, gates: input.gates },
        requestKey(ctx, input.requestId),
      ),
  }),
];
