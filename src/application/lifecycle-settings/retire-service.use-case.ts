import type { ServicesData } from '../../contracts/lifecycle-settings.contract';
import type { Result } from '../../domain/result';
import { changeCatalogue } from './change-catalogue';
import type { LifecycleSettingsPorts } from './lifecycle-settings.ports';
import { retireService as retire } from './service-rules';

/** A CSI admin retires a service; it stays in the catalogue for history. */
export async function retireService(
  ports: LifecycleSettingsPorts,
  key: string,
  revision: number,
  requestKey?: string,
): Promise<Result<ServicesData>> {
  const stamp = { changedBy: ports.actor.accountId, changedAt: ports.actor.now() };
  return changeCatalogue(ports, (services) => retire(services, key, revision, stamp), requestKey);
}
