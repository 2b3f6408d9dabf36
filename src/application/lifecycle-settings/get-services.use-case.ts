import type { ServicesData } from '../../contracts/lifecycle-settings.contract';
import { MAX_SERVICES } from '../../contracts/lifecycle-settings.contract';
import { ok, type Result } from '../../domain/result';
import type { LifecycleSettingsPorts, StoredService } from './lifecycle-settings.ports';

/**
 * The services catalogue with owners and authors by name (one bulk user read); active services
 * first, then retired ones, each by name. An account Jira no longer knows shows as unknown.
 */
export async function getServices(
  ports: Pick<LifecycleSettingsPorts, 'catalogue' | 'usersByIds'>,
  known?: StoredService[],
): Promise<Result<ServicesData>> {
  const services = known ?? (await ports.catalogue()).services;
  const ids = [...new Set(services.flatMap((s) => [s.ownerAccountId, s.changedBy]))];
  const users = new Map((await ports.usersByIds(ids)).map((u) => [u.accountId, u]));
  const ref = (accountId: string) => users.get(accountId) ?? { accountId, displayName: 'Unknown user' };
  const sorted = [...services].sort(
    (a, b) => Number(a.retired) - Number(b.retired) || a.name.localeCompare(b.name) || a.key.localeCompare(b.key),
  );
  return ok({
    max: MAX_SERVICES,
    services: sorted.map((s) => ({
      key: s.key,
      name: s.name,
      owner: ref(s.ownerAccountId),
      retired: s.retired,
      revision: s.revision,
      changedBy: ref(s.changedBy),
      changedAt: s.changedAt,
    })),
  });
}
