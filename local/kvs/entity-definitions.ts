/**
 * The custom entity declarations of manifest.yml `app.storage.entities`, shaped exactly like the
 * official schema in `@forge/manifest` (`AppSchema.properties.storage.properties.entities`).
 */
export type AttributeType = 'string' | 'boolean' | 'float' | 'integer' | 'any';

/** An index is either an attribute name (range only) or a named index with range and partition. */
export type IndexDefinition =
  string | { name: string; range: [string, ...string[]]; partition?: [string, ...string[]] };

/** One entry of `app.storage.entities`. */
export interface EntityDefinition {
  name: string;
  attributes: Record<string, { type: AttributeType }>;
  indexes?: IndexDefinition[];
}

/** `app.storage.entities` as read from manifest.yml. */
export type EntityDefinitions = EntityDefinition[];

/** An index with its shorthand expanded: `'age'` becomes `{ name: 'age', range: 'age', partition: [] }`. */
export interface ResolvedIndex {
  name: string;
  range: string;
  partition: string[];
}

/** An entity definition with its indexes resolved by name. */
export interface ResolvedEntity {
  name: string;
  attributes: Record<string, { type: AttributeType }>;
  indexes: Map<string, ResolvedIndex>;
}

/**
 * Resolves the manifest declarations once, so lookups per request are map reads.
 * Only the first `range` attribute is used: the platform sorts an index by a single range attribute.
 */
export function resolveEntities(entities: EntityDefinitions): Map<string, ResolvedEntity> {
  const resolved = new Map<string, ResolvedEntity>();
  for (const entity of entities) {
    const indexes = new Map<string, ResolvedIndex>();
    for (const index of entity.indexes ?? []) {
      const one = resolveIndex(index);
      assertDeclared(entity, [one.range, ...one.partition], one.name);
      indexes.set(one.name, one);
    }
    resolved.set(entity.name, { name: entity.name, attributes: entity.attributes, indexes });
  }
  return resolved;
}

function resolveIndex(index: IndexDefinition): ResolvedIndex {
  if (typeof index === 'string') return { name: index, range: index, partition: [] };
  return { name: index.name, range: index.range[0], partition: [...(index.partition ?? [])] };
}

/** A manifest whose index names an undeclared attribute is a bug in the manifest: fail at start. */
function assertDeclared(entity: EntityDefinition, attributes: string[], indexName: string): void {
  for (const attribute of attributes) {
    if (!(attribute in entity.attributes)) {
      throw new Error(`Index '${indexName}' of entity '${entity.name}' uses undeclared attribute '${attribute}'`);
    }
  }
}
