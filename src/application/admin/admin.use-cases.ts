import type { AdminData } from '../../contracts/admin.contract';
import { err, ok, type Result } from '../../domain/result';
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

/** Who holds the app's CSI-admin role, by name (an account Jira no longer knows shows as unknown). */
export async function getCsiAdmins(ports: CsiAdminPorts): Promise<Result<AdminData>> {
  const ids = await ports.csiAdmins();
  const users = await ports.usersByIds(ids);
  return ok({
    csiAdmins: ids.map((id) => users.find((u) => u.accountId === id) ?? { accountId: id, displayName: 'Unknown user' }),
  });
}

/**
 * A site admin grants or withdraws the CSI-admin role. Every account must exist in Jira; the list
 * replaces the old one. With a client request key, a retry of a save that took effect writes
 * nothing and answers the current list.
 */
export async function setCsiAdmins(
  ports: CsiAdminPorts,
  accountIds: string[],
  requestKey?: string,
): Promise<Result<AdminData>> {
  if (requestKey && (await ports.requests.seen(requestKey))) return getCsiAdmins(ports);
  const unique = [...new Set(accountIds)];
  const known = new Set((await ports.usersByIds(unique)).map((u) => u.accountId));
  const unknown = unique.map((id, i) => [id, i] as const).filter(([id]) => !known.has(id));
  if (unknown.length > 0) {
    const fieldErrors = Object.fromEntries(unknown.map(([, i]) => [`accountIds.${i}`, ['No such user in Jira']]));
    return err({ code: 'INVALID_INPUT', message: 'Some of these people are not Jira users.', fieldErrors });
  }
  await ports.saveCsiAdmins(unique, requestKey);
  return getCsiAdmins(ports);
}
