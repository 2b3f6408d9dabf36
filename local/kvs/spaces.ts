import type { ResolvedEntity } from './entity-definitions';
import { KvsError, KvsErrorCode } from './kvs-errors';
import { KVS_LIMITS, validateEntityName, validateKey } from './limits';

/** Where a key lives: the plain KVS or one custom entity. */
export type Space =
  | { kind: 'kvs'; ns: 'kvs'; maxBytes: number }
  | { kind: 'entity'; ns: string; maxBytes: number; entity: ResolvedEntity };

/** The plain key-value store (`kvs.get` / `kvs.set`). */
export const KVS_SPACE: Space = { kind: 'kvs', ns: 'kvs', maxBytes: KVS_LIMITS.valueMaxBytes };

/** The space of `entityName`, or the plain KVS when it is absent; unknown entities are a 400. */
export function resolveSpace(entities: Map<string, ResolvedEntity>, entityName: string | undefined): Space {
  if (entityName === undefined) return KVS_SPACE;
  validateEntityName(entityName);
  const entity = entities.get(entityName);
  if (!entity) {
    throw new KvsError(
      400,
      KvsErrorCode.INVALID_ENTITY_TYPE,
      `Entity '${entityName}' is not declared in manifest.yml app.storage.entities`,
    );
  }
  // '#' can never appear in an entity name, so entity namespaces cannot collide with 'kvs'.
  return { kind: 'entity', ns: `entity#${entityName}`, maxBytes: KVS_LIMITS.valueMaxBytes, entity };
}

/** Validates a key for the given space (entities report an empty key as EMPTY_KEY). */
export function validateSpaceKey(space: Space, key: string): void {
  validateKey(key, space.kind === 'entity' ? 'entity' : 'kvs');
}
