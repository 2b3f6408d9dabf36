import type { ServicesData } from '../../contracts/lifecycle-settings.contract';
import type { Result } from '../../domain/result';
import { changeCatalogue } from './change-catalogue';
import type { LifecycleSettingsPorts } from './lifecycle-settings.ports';
import { ownerMissing } from './owner-missing';
import { updateService as update, type ServiceFields } from './service-rules';

/** A CSI admin renames a service or gives it another owner, from the revision they saw. */
export async function updateService(
  ports: LifecycleSettingsPorts,
  key: string,
  revision: number,
  fields: ServiceFields,
  requestKey?: string,
): Promise<Result<ServicesData>> {
  const missing = await ownerMissing(ports, fields.ownerAccountId);
  if (missing) return missing;
  const stamp = { changedBy: ports.actor.accountId, changedAt: ports.actor.now() };
  return changeCatalogue(ports, (services) => update(services, key, revision, fields, stamp), requestKey);
}
