import type { ResolvedEntity } from './entity-definitions';
import { KvsError, KvsErrorCode } from './kvs-errors';
import { KVS_LIMITS, validateEntityName, validateKey } from './limits';

/** Where a key lives: the plain KVS, the secret store, or one custom entity. */
export type Space =
  | { kind: 'kvs'; ns: 'kvs'; maxBytes: number }
  | { kind: 'secret'; ns: 'secret'; maxBytes: number }
  | { kind: 'entity'; ns: string; maxBytes: number; entity: ResolvedEntity };

/** The plain key-value store (queried by `/api/v1/query`). */
export const KVS_SPACE: Space = { kind: 'kvs', ns: 'kvs', maxBytes: KVS_LIMITS.valueMaxBytes };
/** Secrets: never returned by queries, 128 KiB per value. */
export const SECRET_SPACE: Space = { kind: 'secret', ns: 'secret', maxBytes: KVS_LIMITS.secretValueMaxBytes };

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
  // '#' can never appear in an entity name, so entity namespaces cannot collide with 'kvs'/'secret'.
  return { kind: 'entity', ns: `entity#${entityName}`, maxBytes: KVS_LIMITS.valueMaxBytes, entity };
}

/** Validates a key for the given space (entities report an empty key as EMPTY_KEY). */
export function validateSpaceKey(space: Space, key: string): void {
  validateKey(key, space.kind === 'entity' ? 'entity' : 'kvs');
}
