import type { DecisionDraft } from '../../domain/decision-log/decision-entry';
import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import type { RescoreEvent, RescoreJob } from '../admin/rescore-job';
import type { UserRefRecord } from '../initiative-record';
import type { ClockPort, DecisionsPort, IdentityPort } from '../ports';

export interface StoredSettings {
  config: ScoringConfig;
  changedBy: UserRefRecord | null;
  changedAt: string | null;
  reason: string | null;
  csiAdmins: string[];
  /** The stored revision read with these settings; a save is refused (CONFLICT) if it moved. */
  revision?: number;
}

/**
 * What a configuration save with a client request id left: stored with the settings in their
 * transaction, so a retry with the same id completes the save (decision, re-score) instead of
 * saving again.
 */
export interface ConfigRequest {
  version: number;
  decided: boolean;
  draft: DecisionDraft;
  actor: UserRefRecord;
  at: string;
}

export interface ScoringConfigPorts {
  settings(): Promise<StoredSettings>;
  /** Conditional on `next.revision`; `request` commits in the same transaction. */
  saveSettings(next: StoredSettings, request?: { key: string; record: ConfigRequest }): Promise<boolean>;
  requests: {
    key(accountId: string, requestId: string): string;
    get(key: string): Promise<ConfigRequest | undefined>;
    set(key: string, record: ConfigRequest): Promise<void>;
    /** Whether the decision log records configuration `version` already. */
    recorded(version: number): Promise<boolean>;
  };
  issueTypes(): Promise<Array<{ id: string; name: string }>>;
  countInitiatives(): Promise<number>;
  job(): Promise<RescoreJob | undefined>;
  saveJob(job: RescoreJob): Promise<void>;
  startRescore(event: RescoreEvent): Promise<void>;
  decisions: DecisionsPort;
  identity: IdentityPort;
  clock: ClockPort;
}
