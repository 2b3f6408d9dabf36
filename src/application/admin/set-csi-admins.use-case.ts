import type { AdminData } from '../../contracts/admin.contract';
import { err, type Result } from '../../domain/result';
import type { CsiAdminPorts } from './csi-admin.ports';
import { getCsiAdmins } from './get-csi-admins.use-case';

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
