import type { GateRule, StageStatus } from '../../contracts/lifecycle-settings.contract';
import type { UserRefRecord } from '../initiative-record';

/** One service as stored: owner and author by account id (names come from Jira when shown). */
export interface StoredService {
  key: string;
  name: string;
  ownerAccountId: string;
  retired: boolean;
  revision: number;
  changedBy: string;
  changedAt: string;
}

/** The whole catalogue, one record; `revision` 0: never saved. */
export interface ServiceCatalogue {
  revision: number;
  services: StoredService[];
}

/** The saved mapping of app stages and gates onto the Jira workflow; `version` 0: never saved. */
export interface StoredWorkflowMap {
  version: number;
  projectKey: string | null;
  stages: StageStatus[];
  gates: GateRule[];
  changedBy: UserRefRecord | null;
  changedAt: string | null;
}

/** Who acts and when (from the platform context and the clock, never from the payload). */
export interface Actor {
  accountId: string;
  now(): string;
}

/** What the lifecycle-settings use cases need. */
export interface LifecycleSettingsPorts {
  catalogue(): Promise<ServiceCatalogue>;
  /**
   * Writes `next` if the stored catalogue is still at `next.revision` (then at `next.revision + 1`);
   * false if someone saved meanwhile. `requestKey` commits in the same transaction.
   */
  saveCatalogue(next: ServiceCatalogue, requestKey?: string): Promise<boolean>;
  workflowMap(): Promise<StoredWorkflowMap>;
  /** Like `saveCatalogue`, conditional on `next.version - 1` being the stored version. */
  saveWorkflowMap(next: StoredWorkflowMap, requestKey?: string): Promise<boolean>;
  /** The statuses of a project's workflow, as the calling user sees them (undefined: no such project). */
  projectStatuses(projectKey: string): Promise<string[] | undefined>;
  usersByIds(accountIds: readonly string[]): Promise<UserRefRecord[]>;
  currentUser(): Promise<UserRefRecord>;
  /** Whether a change with this client request key was committed (one get). */
  requests: { seen(key: string): Promise<boolean> };
  actor: Actor;
}
