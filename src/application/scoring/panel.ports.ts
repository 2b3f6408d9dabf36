import type { ActionIssuesPort } from '../pir/action-issues.port';
import type {
  ClockPort,
  IdentityPort,
  InitiativesPort,
  IssueFactsPort,
  PilotsPort,
  ProgressUpdatesPort,
  RatingsPort,
  RequestsPort,
  SettingsPort,
} from '../ports';
import type { WorkflowPort } from '../lifecycle/workflow.port';
import type { ServiceCatalogue } from '../lifecycle-settings/lifecycle-settings.ports';

export interface PanelDeps {
  settings: SettingsPort;
  initiatives: InitiativesPort;
  pilots: PilotsPort;
  ratings: RatingsPort;
  issues: IssueFactsPort;
  updates: ProgressUpdatesPort;
  requests: RequestsPort;
  identity: IdentityPort;
  clock: ClockPort;
  /** The admins' stage → status mapping and gates (memoised per invocation). */
  workflow: WorkflowPort;
  /** The services catalogue (who owns which service), read only for an initiative with a PIR. */
  catalogue: () => Promise<ServiceCatalogue>;
  /** The Jira issues of a PIR's actions: their live status, searched once when the PIR has any. */
  actionIssues: ActionIssuesPort;
}

export interface PanelCaller {
  issue: { id: string; key: string; type: string | undefined };
  accountId: string;
  canEdit: boolean;
  isCsiAdmin: boolean;
}
