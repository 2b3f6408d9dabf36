import type { AdminData } from '../../contracts/admin.contract';
import { ok, type Result } from '../../domain/result';
import type { CsiAdminPorts } from './csi-admin.ports';

/** Who holds the app's CSI-admin role, by name (an account Jira no longer knows shows as unknown). */
export async function getCsiAdmins(ports: CsiAdminPorts): Promise<Result<AdminData>> {
  const ids = await ports.csiAdmins();
  const users = await ports.usersByIds(ids);
  return ok({
    csiAdmins: ids.map((id) => users.find((u) => u.accountId === id) ?? { accountId: id, displayName: 'Unknown user' }),
  });
}
