import type { StageStatusMap } from '../../domain/lifecycle/stage-status-map';
import type { InitiativeRecord } from '../initiative-record';
import type { DecisionsPort } from '../ports';
import type { PanelDeps } from '../scoring/panel.ports';
import type { PirRecord } from './pir-record';
import type { StoredPirSettings } from './pir-settings';

export interface PirsPort {
  /** One get; undefined when the issue has no PIR. */
  get(issueId: string): Promise<PirRecord | undefined>;
  /**
   * Changes the initiative and its PIR in one transaction, each conditional on what was read (a new
   * PIR on none being there), retried with fresh reads on contention; the initiative must exist.
   * Undefined from `change` changes nothing.
   */
  updateWithInitiative(
    issueId: string,
    change: (
      record: InitiativeRecord,
      pir: PirRecord | undefined,
    ) => { record: InitiativeRecord; pir: PirRecord } | undefined,
    options?: { requestKey?: string },
  ): Promise<{ record: InitiativeRecord | undefined; pir: PirRecord | undefined; changed: boolean }>;
}

/** What a major-change rule looks at besides the stored initiative: Jira's priority and labels. */
export interface RuleFactsPort {
  read(issueId: string): Promise<{ priority: string | null; labels: string[] }>;
}

export interface AttachPirPorts {
  pirs: PirsPort;
  initiatives: { get(issueId: string): Promise<InitiativeRecord | undefined> };
  /** The admins' stage → status mapping: attaching moves the lifecycle to its post-review stage. */
  stages(): Promise<StageStatusMap>;
  pirSettings(): Promise<StoredPirSettings>;
  ruleFacts: RuleFactsPort;
  /** The site's default time zone (Jira's `serverTimeZone`), where business days are counted. */
  siteTimeZone(): Promise<string>;
}

/** What the PIR tab's use cases need: the panel's ports (with the actions' Jira issues), the decision log and the PIRs. */
export type PirDeps = PanelDeps & { decisions: DecisionsPort; pirs: PirsPort };
