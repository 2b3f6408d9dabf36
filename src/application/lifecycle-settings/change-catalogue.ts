import type { ServicesData } from '../../contracts/lifecycle-settings.contract';
import type { Result } from '../../domain/result';
import { WriteRefusedError } from '../write-refusal';
import { getServices } from './get-services.use-case';
import type { LifecycleSettingsPorts, StoredService } from './lifecycle-settings.ports';

/** Applies one admin change to the services (a new list, or why not); pure, run again on a retry. */
export type CatalogueChange = (services: readonly StoredService[]) => Result<StoredService[]>;

const ATTEMPTS = 5;

/**
 * Runs one change of the catalogue: a retry with a committed request key changes nothing and
 * answers the catalogue; otherwise the change is applied to the catalogue as read and written
 * conditionally on its revision. When another admin saved meanwhile, the change is applied again to
 * what they saved: a change to another service survives, and a change whose own service moved on
 * fails its revision check there (CONFLICT).
 */
export async function changeCatalogue(
  ports: LifecycleSettingsPorts,
  change: CatalogueChange,
  requestKey?: string,
): Promise<Result<ServicesData>> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    // The same request twice (a retry, or both at once): the first one's effect is the only one.
    if (requestKey && (await ports.requests.seen(requestKey))) return getServices(ports);
    const current = await ports.catalogue();
    const next = change(current.services);
    if (!next.ok) return next;
    if (await ports.saveCatalogue({ revision: current.revision, services: next.value }, requestKey))
      return getServices(ports, next.value);
  }
  throw new WriteRefusedError('CONFLICT', 'The services kept changing while saving. Reload and try again.');
}
