import type { ServicesData } from '../../contracts/lifecycle-settings.contract';
import type { Result } from '../../domain/result';
import { changeCatalogue } from './change-catalogue';
import type { LifecycleSettingsPorts } from './lifecycle-settings.ports';
import { ownerMissing } from './owner-missing';
import { addService as add, type ServiceFields } from './service-rules';

/** A CSI admin adds a service with its owner (an existing Jira user). */
export async function addService(
  ports: LifecycleSettingsPorts,
  key: string,
  fields: ServiceFields,
  requestKey?: string,
): Promise<Result<ServicesData>> {
  const missing = await ownerMissing(ports, fields.ownerAccountId);
  if (missing) return missing;
  const stamp = { changedBy: ports.actor.accountId, changedAt: ports.actor.now() };
  return changeCatalogue(ports, (services) => add(services, key, fields, stamp), requestKey);
}
