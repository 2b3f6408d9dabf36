import type { JiraLinkView } from '../../contracts/dependency.contract';
import type { UserRefRecord } from '../initiative-record';
import type { IssueVisibilityPort } from '../issue-visibility';
import type { ServiceCatalogue } from '../lifecycle-settings/lifecycle-settings.ports';
import type { ClockPort, IdentityPort, InitiativesPort, PilotsPort, RequestsPort, SettingsPort } from '../ports';
import type { FootprintRow } from './commitment-footprint';
import type { PilotRecord } from './pilot-record';

/**
 * The pilot's footprint outside its own record (issue 10 items 3 and 5): one row per person it
 * commits and per service it names, written in the same transaction as the pilot, so loads across
 * initiatives and overlaps are an indexed query per person or service, never a scan.
 */
export interface PilotFootprintPort {
  /**
   * Like `PilotsPort.update`, and also rewrites the pilot's footprint rows that changed, in the
   * same transaction (one get of the pilot and one transaction per attempt).
   */
  update(
    issue: { id: string; key: string; projectKey: string },
    mutate: (current: PilotRecord) => PilotRecord | undefined | Promise<PilotRecord | undefined>,
    options?: { requestKey?: string },
  ): Promise<PilotRecord>;
  /** Every initiative's row for a target (`person:<accountId>` or `service:<key>`): one query per 100. */
  rows(target: string): Promise<FootprintRow[]>;
}

/** What the Resources tab's calls need. */
export interface ResourcesDeps {
  settings: SettingsPort;
  pilots: Pick<PilotsPort, 'get'>;
  footprints: PilotFootprintPort;
  /** The initiatives, to judge their stored pause / terminate triggers after a confirmation. */
  initiatives: Pick<InitiativesPort, 'update'>;
  /** The services catalogue (one get). */
  catalogue(): Promise<ServiceCatalogue>;
  /** Which of these initiatives are active (not done, not rejected): one batch get per 25. */
  activeInitiatives(issueIds: readonly string[]): Promise<ReadonlySet<string>>;
  visibility: IssueVisibilityPort;
  /** The issue's Jira links as the viewer sees them (one GET). */
  links(issueId: string): Promise<Array<JiraLinkView & { issueId: string }>>;
  users: {
    byIds(accountIds: readonly string[]): Promise<UserRefRecord[]>;
    search(query: string): Promise<UserRefRecord[]>;
  };
  identity: IdentityPort;
  requests: RequestsPort;
  clock: ClockPort;
}
