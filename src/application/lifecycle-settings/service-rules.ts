import { MAX_SERVICES } from '../../contracts/lifecycle-settings.contract';
import { err, ok, type Result } from '../../domain/result';
import type { StoredService } from './lifecycle-settings.ports';

/** What an add or an edit sets. */
export interface ServiceFields {
  name: string;
  ownerAccountId: string;
}

/** Who changes a service, and when. */
export interface Stamp {
  changedBy: string;
  changedAt: string;
}

const invalid = (field: string, message: string): Result<never> =>
  err({ code: 'INVALID_INPUT', message, fieldErrors: { [field]: [message] } });

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/** Another active service already carries `name` (names compare without case). */
function nameTaken(services: readonly StoredService[], name: string, exceptKey?: string): StoredService | undefined {
  return services.find((s) => !s.retired && s.key !== exceptKey && sameName(s.name, name));
}

/**
 * Adds a service: its key is new (retired keys are never reused, they stay for history), its name
 * is not another active service's, and the catalogue holds at most {@link MAX_SERVICES}.
 *
 * @example
 * addService([], 'vpn', { name: 'VPN', ownerAccountId: 'u-1' }, stamp); // ok([{ key: 'vpn', revision: 1, ... }])
 */
export function addService(
  services: readonly StoredService[],
  key: string,
  fields: ServiceFields,
  stamp: Stamp,
): Result<StoredService[]> {
  const existing = services.find((s) => s.key === key);
  if (existing)
    return invalid(
      'key',
      existing.retired
        ? `The key ${key} belongs to the retired service ${existing.name}; keys are never reused. Choose another key.`
        : `The key ${key} is already used by ${existing.name}. Choose another key.`,
    );
  const clash = nameTaken(services, fields.name);
  if (clash) return invalid('name', `Another service is already called ${clash.name}. Choose another name.`);
  if (services.length >= MAX_SERVICES)
    return invalid('key', `The catalogue holds at most ${MAX_SERVICES} services, retired ones included.`);
  return ok([...services, { key, ...fields, retired: false, revision: 1, ...stamp }]);
}

/** The service `key` at `revision`, or why it cannot be changed. */
function editable(services: readonly StoredService[], key: string, revision: number): Result<StoredService> {
  const service = services.find((s) => s.key === key);
  if (!service) return err({ code: 'NOT_FOUND', message: `There is no service with the key ${key}.` });
  if (service.revision !== revision)
    return err({
      code: 'CONFLICT',
      message: `Someone changed ${service.name} at the same time. Reload and try again.`,
    });
  if (service.retired)
    return err({
      code: 'PRECONDITION_FAILED',
      message: `${service.name} is retired; a retired service stays as it was.`,
    });
  return ok(service);
}

/**
 * Renames a service or changes its owner, from the revision the admin saw; a retired service and a
 * change that changes nothing are refused.
 */
export function updateService(
  services: readonly StoredService[],
  key: string,
  revision: number,
  fields: ServiceFields,
  stamp: Stamp,
): Result<StoredService[]> {
  const found = editable(services, key, revision);
  if (!found.ok) return found;
  const service = found.value;
  if (service.name === fields.name && service.ownerAccountId === fields.ownerAccountId)
    return invalid('name', 'Nothing changed: give a new name or choose another owner.');
  const clash = nameTaken(services, fields.name, key);
  if (clash) return invalid('name', `Another service is already called ${clash.name}. Choose another name.`);
  return ok(services.map((s) => (s.key === key ? { ...s, ...fields, revision: s.revision + 1, ...stamp } : s)));
}

/** Retires a service: it stays in the catalogue (and in history), but no initiative can name it any more. */
export function retireService(
  services: readonly StoredService[],
  key: string,
  revision: number,
  stamp: Stamp,
): Result<StoredService[]> {
  const found = editable(services, key, revision);
  if (!found.ok) return found;
  return ok(services.map((s) => (s.key === key ? { ...s, retired: true, revision: s.revision + 1, ...stamp } : s)));
}
