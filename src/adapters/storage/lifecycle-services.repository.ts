import { Filter, FilterConditions, kvs } from '@forge/kvs';
import * as z from 'zod';
import type { ServiceCatalogue } from '../../application/lifecycle-settings/lifecycle-settings.ports';
import { ENTITIES, SETTINGS_RECORDS } from './keys';
import { committed } from './kvs-conflict';

const serviceSchema = z.object({
  key: z.string(),
  name: z.string(),
  ownerAccountId: z.string(),
  retired: z.boolean(),
  revision: z.number().int(),
  changedBy: z.string(),
  changedAt: z.string(),
});
const dataSchema = z.object({ services: z.array(serviceSchema) });

/** A record of the settings entity: `revision` counts its saves, `data` is parsed on every read. */
interface SettingsRecord {
  revision: number;
  data: unknown;
}

const entity = () => kvs.entity<SettingsRecord>(ENTITIES.settings);

/**
 * The services catalogue (issue 10 item 5): one record of the `settings` entity, keyed
 * `SETTINGS_RECORDS.services` (one KVS get). Stored data that no longer parses is a bug.
 */
export async function loadServices(): Promise<ServiceCatalogue> {
  return catalogueOf(await entity().get(SETTINGS_RECORDS.services));
}

/** The catalogue from its stored record (read alone or in a batch get), empty when none is stored. */
export function catalogueOf(stored: unknown): ServiceCatalogue {
  if (stored === undefined || stored === null) return { revision: 0, services: [] };
  const { revision, data } = stored as SettingsRecord;
  return { revision, services: dataSchema.parse(data).services };
}

/**
 * Writes the catalogue if it is still at `next.revision` (one conditional transaction with the
 * client request key, when there is one). False when another save came first.
 */
export function saveServices(next: ServiceCatalogue, requestKey?: string): Promise<boolean> {
  const conditions =
    next.revision === 0
      ? new Filter<SettingsRecord>().and('revision', FilterConditions.notExists())
      : new Filter<SettingsRecord>().and('revision', FilterConditions.equalTo(next.revision));
  const tx = kvs
    .transact()
    .set(
      SETTINGS_RECORDS.services,
      { revision: next.revision + 1, data: { services: next.services } },
      { entityName: ENTITIES.settings, conditions },
    );
  if (requestKey) tx.set(requestKey, { services: next.services.length });
  return committed(() => tx.execute());
}
