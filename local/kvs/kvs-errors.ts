import type { ServiceResponse } from '../runtime/service';

/**
 * Error codes the simulated KVS answers with, in the platform's body shape `{ code, message }`.
 *
 * Sources (checked 2026):
 * - developer.atlassian.com/platform/forge/storage-reference/handling-errors-kvs and
 *   .../handling-errors-customentities: every code marked "documented" below, all sent with 400.
 * - @forge/kvs `StorageApi.handleKeyNotFound` and its own tests: a missing key is
 *   `404 { code: 'KEY_NOT_FOUND' }`, which the client turns into `undefined` (the docs say NOT_FOUND,
 *   but the client only recognises KEY_NOT_FOUND, so that is what we send).
 * - @forge/kvs tests: a malformed request is `400 { code: 'BAD_REQUEST' }`.
 * - `FAIL_IF_EXISTS` on an existing key: `409 KEY_CONFLICT` (reported by a third-party write-up of the
 *   real platform; not in Atlassian's docs).
 * - Codes marked "local" are not documented anywhere we could find; they are named here once so the app
 *   and tests have one place to look. Callers should branch on the HTTP status where it matters (409).
 */
export const KvsErrorCode = {
  BAD_REQUEST: 'BAD_REQUEST',
  KEY_NOT_FOUND: 'KEY_NOT_FOUND',
  /** documented (KVS): empty key. */
  KEY_TOO_SHORT: 'KEY_TOO_SHORT',
  /** documented (custom entities): empty key. */
  EMPTY_KEY: 'EMPTY_KEY',
  KEY_TOO_LONG: 'KEY_TOO_LONG',
  INVALID_KEY: 'INVALID_KEY',
  MAX_SIZE: 'MAX_SIZE',
  MAX_DEPTH: 'MAX_DEPTH',
  ENTITY_TYPE_TOO_SHORT: 'ENTITY_TYPE_TOO_SHORT',
  ENTITY_TYPE_TOO_LARGE: 'ENTITY_TYPE_TOO_LARGE',
  /** documented: bad entity name format; also used (local choice) for a well-formed name not in the manifest. */
  INVALID_ENTITY_TYPE: 'INVALID_ENTITY_TYPE',
  INVALID_ENTITY_VALUE: 'INVALID_ENTITY_VALUE',
  /** documented: an index that the entity does not declare. */
  INVALID_ENTITY_INDEX: 'INVALID_ENTITY_INDEX',
  COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE: 'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE',
  EMPTY_FILTER_OPERATOR: 'EMPTY_FILTER_OPERATOR',
  INSUFFICIENT_FILTER_VALUES: 'INSUFFICIENT_FILTER_VALUES',
  INVALID_FILTER_CONDITION: 'INVALID_FILTER_CONDITION',
  INVALID_FILTER_VALUES: 'INVALID_FILTER_VALUES',
  /** local: a partitioned index queried without exactly one value per partition attribute. */
  INVALID_PARTITION: 'INVALID_PARTITION',
  /** local: a cursor this store did not issue for this query. */
  INVALID_CURSOR: 'INVALID_CURSOR',
  KEY_CONFLICT: 'KEY_CONFLICT',
  /** local: a transaction `check`/condition did not hold; nothing was written. Sent with 409. */
  CONDITION_CHECK_FAILED: 'CONDITION_CHECK_FAILED',
  /** local: more than 25 operations in one transaction. */
  TOO_MANY_OPERATIONS: 'TOO_MANY_OPERATIONS',
  /** local: an empty transaction. */
  EMPTY_OPERATIONS: 'EMPTY_OPERATIONS',
  /** local: the same key (and entity) twice in one transaction. */
  DUPLICATE_KEYS: 'DUPLICATE_KEYS',
  /**
   * local, sent with 501: a platform feature the app does not use, so the host does not simulate it
   * (an option, a filter operator or a condition). Simulate it, with a contract test, when the app needs it.
   */
  NOT_SIMULATED: 'NOT_SIMULATED',
  NOT_FOUND: 'NOT_FOUND',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

/** One of the codes above. */
export type KvsErrorCode = (typeof KvsErrorCode)[keyof typeof KvsErrorCode];

/** An expected KVS failure: becomes a non-2xx response with `{ code, message }`. */
export class KvsError extends Error {
  override readonly name = 'KvsError';

  constructor(
    readonly status: number,
    readonly code: KvsErrorCode,
    message: string,
    readonly context?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/** A 400 with the given code. */
export function badRequest(code: KvsErrorCode, message: string): KvsError {
  return new KvsError(400, code, message);
}

/** `501 NOT_SIMULATED`: `feature` is documented for the platform but the app never uses it. */
export function notSimulated(feature: string): KvsError {
  return new KvsError(
    501,
    KvsErrorCode.NOT_SIMULATED,
    `The local KVS does not simulate ${feature}: the app does not use it (simulate it with a contract test first)`,
  );
}

/** The `404 KEY_NOT_FOUND` the official client maps to `undefined`. */
export function keyNotFound(key: string): KvsError {
  return new KvsError(404, KvsErrorCode.KEY_NOT_FOUND, `Provided key does not exist: '${key}'`);
}

/** Turns a thrown value into the platform's error response; unknown errors become a generic 500. */
export function toErrorResponse(error: unknown): ServiceResponse {
  if (error instanceof KvsError) {
    const body = { code: error.code, message: error.message, ...(error.context ? { context: error.context } : {}) };
    return { status: error.status, body };
  }
  console.error('[local kvs] internal error', error);
  return {
    status: 500,
    body: { code: KvsErrorCode.INTERNAL_SERVER_ERROR, message: 'An internal server error has occurred' },
  };
}
