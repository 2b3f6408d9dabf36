import type { UserRefRecord } from '../initiative-record';

/** What the CSI-admin role use cases need: the stored list and Jira's user directory. */
export interface CsiAdminPorts {
  csiAdmins(): Promise<string[]>;
  /** `requestKey` commits in the same transaction as the list. */
  saveCsiAdmins(accountIds: readonly string[], requestKey?: string): Promise<void>;
  usersByIds(accountIds: readonly string[]): Promise<UserRefRecord[]>;
  /** Whether a change with this client request key was committed (one get). */
  requests: { seen(key: string): Promise<boolean> };
}
