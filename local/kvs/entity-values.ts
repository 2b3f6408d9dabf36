import type { AttributeType, ResolvedEntity } from './entity-definitions';
import { isRecord } from './conditions';
import { badRequest, KvsErrorCode } from './kvs-errors';
import type { IndexEntry } from './kvs-store';
import { KVS_LIMITS } from './limits';

/**
 * Checks an entity value against the manifest: it must be an object whose attributes are all
 * declared and of the declared type (integers are 32-bit signed, strings not blank). Undeclared attributes are refused
 * so that a missing manifest declaration fails locally, not first in production.
 */
export function validateEntityValue(entity: ResolvedEntity, value: unknown): asserts value is Record<string, unknown> {
  if (!isRecord(value)) {
    throw badRequest(KvsErrorCode.INVALID_ENTITY_VALUE, `A '${entity.name}' value must be an object`);
  }
  for (const [attribute, attributeValue] of Object.entries(value)) {
    const declared = entity.attributes[attribute];
    if (!declared) {
      throw badRequest(
        KvsErrorCode.INVALID_ENTITY_VALUE,
        `Attribute '${attribute}' is not declared for entity '${entity.name}' in manifest.yml`,
      );
    }
    if (!hasType(attributeValue, declared.type)) {
      throw badRequest(
        KvsErrorCode.INVALID_ENTITY_VALUE,
        `Attribute '${entity.name}.${attribute}' must be of type ${declared.type}; got ${JSON.stringify(attributeValue)}`,
      );
    }
    if (declared.type === 'string' && isBlank(attributeValue as string)) {
      throw badRequest(
        KvsErrorCode.INVALID_ENTITY_VALUE,
        `Attribute '${entity.name}.${attribute}' is a string and must contain at least one non-whitespace character`,
      );
    }
  }
}

/**
 * A `string` attribute "must contain at least one non-whitespace character" and "must not be empty"
 * (storage-reference/entities-api, "Limitations"; also runtime-reference/custom-entities "Values").
 * The platform answers 400 INVALID_ENTITY_VALUE for a value that breaks the type rules
 * (storage-reference/handling-errors-customentities). Only typed `string` attributes: an `any`
 * attribute may hold any JSON, empty strings included.
 */
function isBlank(value: string): boolean {
  return !/\S/u.test(value);
}

function hasType(value: unknown, type: AttributeType): boolean {
  switch (type) {
    case 'any':
      return true;
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return (
        Number.isInteger(value) && (value as number) >= KVS_LIMITS.int32Min && (value as number) <= KVS_LIMITS.int32Max
      );
  }
}

/**
 * The index rows of one entity value. An index only holds items that have its range and every
 * partition attribute as a scalar (a sparse index), like the platform's.
 */
export function indexEntriesFor(entity: ResolvedEntity, value: Record<string, unknown>): IndexEntry[] {
  const entries: IndexEntry[] = [];
  for (const index of entity.indexes.values()) {
    const range = sortable(value[index.range]);
    const partition = index.partition.map((attribute) => value[attribute]);
    if (range === undefined || !partition.every(isIndexable)) continue;
    entries.push({ indexName: index.name, partition: encodePartition(partition), range });
  }
  return entries;
}

/** The partition column: the partition values as JSON (`''` for an unpartitioned index). */
export function encodePartition(values: unknown[]): string {
  return values.length === 0 ? '' : JSON.stringify(values);
}

/** A scalar as it sorts in the index: strings and numbers as is, booleans as 0/1. */
export function sortable(value: unknown): string | number | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return undefined;
}

function isIndexable(value: unknown): boolean {
  return sortable(value) !== undefined;
}
