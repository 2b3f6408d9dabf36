import { z } from 'zod';

/**
 * Request bodies of the KVS endpoints the app calls, exactly as `@forge/kvs` 1.6 sends them
 * (see node_modules/@forge/kvs/out/storage-api.js, entity-query.js and
 * utils/transaction-request-builder.js). Objects are strict: a field the host does not know is an
 * option the app never uses (ttl, returnValue, metadataFields, transaction checks, `or` filters),
 * which `kvs-routes.ts` answers with `501 NOT_SIMULATED` instead of ignoring it.
 */

/** Any JSON value except null (the platform stores strings, numbers, booleans, arrays and objects). */
const storedValue = z.custom<NonNullable<unknown>>((v) => v !== undefined && v !== null, 'value is required');

/** `SetOptions.keyPolicy`: the app writes configuration versions with `FAIL_IF_EXISTS`. */
const setOptions = z.strictObject({ keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional() }).optional();
/** The set options the host simulates. */
export type SetOptions = z.infer<typeof setOptions>;

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** One filter clause: `{ property, condition, values }`. */
const filterItem = z.strictObject({
  property: z.string(),
  condition: z.string(),
  values: z.array(z.unknown()),
});
/** One parsed filter clause. */
export type FilterItem = z.infer<typeof filterItem>;

/** `{ and: [...] }`: entity query filters and transaction conditions. */
const filters = z.strictObject({ and: z.array(filterItem) });
/** Parsed `{ and }` filters. */
export type Filters = z.infer<typeof filters>;

/** Body of `/get`. */
export const getRequest = z.strictObject({ key: z.string() });
/** Body of `/set`. */
export const setRequest = z.strictObject({ key: z.string(), value: storedValue, options: setOptions });

/** Body of `/entity/get`. */
export const entityGetRequest = getRequest.extend({ entityName: z.string() });
/** Body of `/entity/set`. */
export const entitySetRequest = setRequest.extend({ entityName: z.string() });

/** Body of `/entity/query`. */
export const entityQueryRequest = z.strictObject({
  entityName: z.string(),
  indexName: z.string(),
  partition: z.array(scalar).optional(),
  range: z.strictObject({ condition: z.string(), values: z.array(z.unknown()) }).optional(),
  filters: filters.optional(),
  sort: z.enum(['ASC', 'DESC']).optional(),
  cursor: z.string().optional(),
  limit: z.number().optional(),
});
/** Parsed `/entity/query` body. */
export type EntityQueryRequest = z.infer<typeof entityQueryRequest>;

const transactionTarget = { key: z.string(), entityName: z.string().optional(), conditions: filters.optional() };
/** Body of `/transaction`: optional `set` and `delete` lists. */
export const transactionRequest = z.strictObject({
  set: z.array(z.strictObject({ ...transactionTarget, value: storedValue })).optional(),
  delete: z.array(z.strictObject(transactionTarget)).optional(),
});
/** Parsed `/transaction` body. */
export type TransactionRequest = z.infer<typeof transactionRequest>;
