import type { UserRefRecord } from '../initiative-record';
import type {
  LifecycleSettingsPorts,
  ServiceCatalogue,
  StoredWorkflowMap,
} from '../lifecycle-settings/lifecycle-settings.ports';
import type { WorkflowPort } from '../lifecycle/workflow.port';
import type { MemoryRequests } from './memory-requests';
import { memoryUsers } from './memory-issues';
import { copy } from './stored-value';

export const EMPTY_WORKFLOW_MAP: StoredWorkflowMap = {
  version: 0,
  projectKey: null,
  stages: [],
  gates: [],
  changedBy: null,
  changedAt: null,
};

/**
 * The services catalogue and the workflow mapping in memory, with the repositories' contracts:
 * `saveCatalogue(next)` writes only while the stored revision is `next.revision` (then it is
 * `next.revision + 1`); `saveWorkflowMap(next)` only while the stored version is `next.version - 1`;
 * a request key commits with the write. `statuses`: each project's workflow statuses as the admin
 * sees them (a project not listed does not exist for them).
 */
export class MemoryLifecycleSettings {
  catalogueNow: ServiceCatalogue = { revision: 0, services: [] };
  workflowNow: StoredWorkflowMap = copy(EMPTY_WORKFLOW_MAP);
  writes = 0;

  constructor(
    private readonly requests: MemoryRequests,
    readonly statuses: Record<string, string[]> = {},
  ) {}

  /** The ports of the lifecycle-settings use cases, acting as `admin` at `now()`. */
  ports(admin: UserRefRecord, users: readonly UserRefRecord[], now: () => string): LifecycleSettingsPorts {
    return {
      catalogue: () => Promise.resolve(copy(this.catalogueNow)),
      saveCatalogue: (next, requestKey) => {
        if (next.revision !== this.catalogueNow.revision) return Promise.resolve(false);
        this.catalogueNow = { revision: next.revision + 1, services: copy(next.services) };
        this.committed(requestKey, 'services');
        return Promise.resolve(true);
      },
      workflowMap: () => Promise.resolve(copy(this.workflowNow)),
      saveWorkflowMap: (next, requestKey) => {
        if (next.version - 1 !== this.workflowNow.version) return Promise.resolve(false);
        this.workflowNow = copy(next);
        this.committed(requestKey, 'workflow map');
        return Promise.resolve(true);
      },
      projectStatuses: (projectKey) => Promise.resolve(this.statuses[projectKey]?.slice()),
      usersByIds: memoryUsers(users).byIds,
      currentUser: () => Promise.resolve({ ...admin }),
      requests: { seen: this.requests.seen },
      actor: { accountId: admin.accountId, now },
    };
  }

  /** The workflow mapping as the lifecycle reads it (`WorkflowPort`). */
  workflow(): WorkflowPort {
    return {
      map: () => Promise.resolve(copy(this.workflowNow)),
      stages: () => Promise.resolve(copy(this.workflowNow.stages)),
    };
  }

  private committed(requestKey: string | undefined, what: string): void {
    this.writes += 1;
    this.requests.commit(requestKey, { kind: 'write', what });
  }
}
