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
}

export interface PanelCaller {
  issue: { id: string; key: string; type: string | undefined };
  accountId: string;
  canEdit: boolean;
  isCsiAdmin: boolean;
}
