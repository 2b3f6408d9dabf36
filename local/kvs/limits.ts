import { badRequest, KvsErrorCode } from './kvs-errors';

/**
 * The platform's documented limits (developer.atlassian.com/platform/forge/limits-kvs-ce,
 * .../handling-errors-*; checked 2026).
 */
export const KVS_LIMITS = {
  keyMaxLength: 500,
  /** Maximum persisted value size (raw JSON bytes). */
  valueMaxBytes: 240 * 1024,
  /** The error docs say 32; the limits page says 31. We reject only beyond 32. */
  maxDepth: 32,
  pageMax: 100,
  /** Page size when a query does not set `limit` (local choice: the docs do not state one). */
  pageDefault: 10,
  transactionMaxOperations: 25,
  entityNameMin: 3,
  entityNameMax: 60,
  int32Min: -2_147_483_648,
  int32Max: 2_147_483_647,
} as const;

/** `/^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/` from the docs; `-` is escaped so it is a literal, as there. */
const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s\-#]+$/;
/** Entity names: the pattern of `@forge/manifest`'s schema. */
const ENTITY_NAME_PATTERN = /^(?![_.-])(?!.*\.{2})[a-z0-9:\-_.]*(?<![.])$/;

/** Which store a key lives in; custom entities report an empty key with a different code. */
export type KeyKind = 'kvs' | 'entity';

/** Throws the documented 400 when a key is empty, longer than 500 characters, or malformed. */
export function validateKey(key: string, kind: KeyKind): void {
  if (key.length === 0) {
    const code = kind === 'entity' ? KvsErrorCode.EMPTY_KEY : KvsErrorCode.KEY_TOO_SHORT;
    throw badRequest(code, 'Key cannot be empty');
  }
  if (key.length > KVS_LIMITS.keyMaxLength) {
    throw badRequest(
      KvsErrorCode.KEY_TOO_LONG,
      `The provided key has exceeded the maximum ${KVS_LIMITS.keyMaxLength} characters`,
    );
  }
  if (!KEY_PATTERN.test(key)) {
    throw badRequest(KvsErrorCode.INVALID_KEY, `The provided key '${key}' does not match ${KEY_PATTERN.source}`);
  }
}

/** Throws when an entity name is too short, too long or malformed. */
export function validateEntityName(name: string): void {
  if (name.length < KVS_LIMITS.entityNameMin) {
    throw badRequest(KvsErrorCode.ENTITY_TYPE_TOO_SHORT, `Entity name '${name}' is shorter than 3 characters`);
  }
  if (name.length > KVS_LIMITS.entityNameMax) {
    throw badRequest(KvsErrorCode.ENTITY_TYPE_TOO_LARGE, `Entity name '${name}' is longer than 60 characters`);
  }
  if (!ENTITY_NAME_PATTERN.test(name)) {
    throw badRequest(
      KvsErrorCode.INVALID_ENTITY_TYPE,
      `Entity name '${name}' does not match ${ENTITY_NAME_PATTERN.source}`,
    );
  }
}

/** Serialises a value and enforces the size and depth limits; returns the JSON text to store. */
export function encodeValue(value: unknown, maxBytes: number = KVS_LIMITS.valueMaxBytes): string {
  const depth = depthOf(value);
  if (depth > KVS_LIMITS.maxDepth) {
    throw badRequest(
      KvsErrorCode.MAX_DEPTH,
      `The provided value has depth ${depth}, over the maximum ${KVS_LIMITS.maxDepth}`,
    );
  }
  const text = JSON.stringify(value);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) {
    throw badRequest(KvsErrorCode.MAX_SIZE, `The provided value is ${bytes} bytes, over the maximum ${maxBytes} bytes`);
  }
  return text;
}

/** Nesting depth of objects and arrays: a scalar is 0, `{ a: 1 }` is 1. */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  let deepest = 0;
  for (const child of Object.values(value)) {
    deepest = Math.max(deepest, depthOf(child));
    if (deepest > KVS_LIMITS.maxDepth) break;
  }
  return deepest + 1;
}

/** The page size of a query: `limit` if given, else the default; outside 1..100 is a 400. */
export function pageSize(limit: number | undefined): number {
  if (limit === undefined) return KVS_LIMITS.pageDefault;
  if (!Number.isInteger(limit) || limit < 1 || limit > KVS_LIMITS.pageMax) {
    throw badRequest(
      KvsErrorCode.COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE,
      `The page limit must be between 1 and ${KVS_LIMITS.pageMax}; got ${limit}`,
    );
  }
  return limit;
}
