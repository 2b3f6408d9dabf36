import { z } from 'zod';

/**
 * Request bodies of the KVS endpoints, exactly as `@forge/kvs` 1.6 sends them
 * (see node_modules/@forge/kvs/out/interfaces/kvs-api.d.ts and storage-api.js).
 */
const metadataField = z.enum(['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME']);
/** `MetadataField` of @forge/kvs. */
export type MetadataField = z.infer<typeof metadataField>;

const ttl = z.object({ value: z.number(), unit: z.enum(['SECONDS', 'MINUTES', 'HOURS', 'DAYS']) });

/** Any JSON value except null (the platform stores strings, numbers, booleans, arrays and objects). */
const storedValue = z.custom<NonNullable<unknown>>((v) => v !== undefined && v !== null, 'value is required');

const getOptions = z.object({ metadataFields: z.array(metadataField).optional() }).optional();

const setOptions = z
  .object({
    ttl: ttl.optional(),
    keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional(),
    returnValue: z.enum(['PREVIOUS', 'LATEST']).optional(),
    returnMetadataFields: z.array(metadataField).optional(),
  })
  .optional();
/** `ExtendedSetOptions` of @forge/kvs: ttl, keyPolicy, returnValue, returnMetadataFields. */
export type SetOptions = z.infer<typeof setOptions>;

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** One filter clause: `{ property, condition, values }`. */
const filterItem = z.object({
  property: z.string(),
  condition: z.string(),
  values: z.array(z.unknown()),
});
/** One parsed filter clause. */
export type FilterItem = z.infer<typeof filterItem>;

/** `{ and: [...] }` or `{ or: [...] }`; used by entity query filters and transaction conditions. */
const filters = z.object({ and: z.array(filterItem).optional(), or: z.array(filterItem).optional() });
/** Parsed `{ and } | { or }` filters. */
export type Filters = z.infer<typeof filters>;

/** Body of `/get` and `/secret/get`. */
export const getRequest = z.object({ key: z.string(), options: getOptions });
/** Body of `/set` and `/secret/set`. */
export const setRequest = z.object({ key: z.string(), value: storedValue, options: setOptions });
/** Body of `/delete` and `/secret/delete`. */
export const deleteRequest = z.object({ key: z.string() });

/** Body of `/entity/get`. */
export const entityGetRequest = getRequest.extend({ entityName: z.string() });
/** Body of `/entity/set`. */
export const entitySetRequest = setRequest.extend({ entityName: z.string() });
/** Body of `/entity/delete`. */
export const entityDeleteRequest = deleteRequest.extend({ entityName: z.string() });

/** Body of `/query`: `after` is the cursor, `where` at most one BEGINS_WITH on `key`. */
export const queryRequest = z.object({
  limit: z.number().optional(),
  after: z.string().optional(),
  where: z.array(filterItem).optional(),
  options: getOptions,
});
/** Parsed `/query` body. */
export type QueryRequest = z.infer<typeof queryRequest>;

/** Body of `/entity/query`; metadata fields arrive in `options`. */
export const entityQueryRequest = z.object({
  entityName: z.string(),
  indexName: z.string(),
  partition: z.array(scalar).optional(),
  range: z.object({ condition: z.string(), values: z.array(z.unknown()) }).optional(),
  filters: filters.optional(),
  sort: z.enum(['ASC', 'DESC']).optional(),
  cursor: z.string().optional(),
  limit: z.number().optional(),
  options: getOptions,
  /** Older clients sent this at the top level. */
  metadataFields: z.array(metadataField).optional(),
});
/** Parsed `/entity/query` body. */
export type EntityQueryRequest = z.infer<typeof entityQueryRequest>;

/** Body of `/batch/set`: a bare array of items. */
export const batchSetRequest = z.array(
  z.object({ key: z.string(), value: storedValue, entityName: z.string().optional(), options: setOptions }),
);
/** Body of `/batch/get`. */
export const batchGetRequest = z.array(
  z.object({ key: z.string(), entityName: z.string().optional(), options: getOptions }),
);
/** Body of `/batch/delete`. */
export const batchDeleteRequest = z.array(z.object({ key: z.string(), entityName: z.string().optional() }));

const transactionTarget = { key: z.string(), entityName: z.string().optional(), conditions: filters.optional() };
/** Body of `/transaction`: optional `set`, `delete` and `check` lists. */
export const transactionRequest = z.object({
  set: z
    .array(
      z.object({ ...transactionTarget, value: storedValue, options: z.object({ ttl: ttl.optional() }).optional() }),
    )
    .optional(),
  delete: z.array(z.object(transactionTarget)).optional(),
  check: z.array(z.object({ ...transactionTarget, conditions: filters })).optional(),
});
/** Parsed `/transaction` body. */
export type TransactionRequest = z.infer<typeof transactionRequest>;
