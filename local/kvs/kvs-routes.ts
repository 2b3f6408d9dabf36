import type { z } from 'zod';
import type { ServiceResponse } from '../runtime/service';
import { batchGet, batchGetRequest } from './batch-get';
import { isRecord } from './conditions';
import { queryEntity } from './entity-query';
import { getItem, type KvsContext, setItem } from './item-ops';
import { badRequest, KvsErrorCode, notSimulated } from './kvs-errors';
import * as schema from './kvs-schemas';
import { KVS_SPACE, resolveSpace } from './spaces';
import { executeTransaction } from './transaction';

type Route = (ctx: KvsContext, body: unknown) => ServiceResponse;

/**
 * Parses a request body with its schema. A field the schema does not know is a platform feature
 * the host does not simulate (`501 NOT_SIMULATED`); any other mismatch is `400 BAD_REQUEST`
 * naming the fields.
 */
function parse<S extends z.ZodType>(requestSchema: S, body: unknown): z.infer<S> {
  const result = requestSchema.safeParse(body);
  if (result.success) return result.data;
  const unknown = result.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => describeField(body, [...issue.path, key])) : [],
  );
  if (unknown.length > 0) throw notSimulated(unknown.join(', '));
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
  throw badRequest(KvsErrorCode.BAD_REQUEST, `Provided request body is invalid: ${problems.join('; ')}`);
}

/** `a.b` for a field, `a.b (x, y)` when it holds an object, so an unknown `options` names what it asked for. */
function describeField(body: unknown, path: PropertyKey[]): string {
  let value = body;
  for (const step of path) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[String(step)] : undefined;
  }
  const name = path.map(String).join('.');
  return isRecord(value) ? `${name} (${Object.keys(value).join(', ')})` : name;
}

/**
 * The endpoints `@forge/kvs` calls for what the app does: `kvs.get` / `kvs.set`,
 * `kvs.entity(name).get` / `.set` / `.query()`, `kvs.transact()` and `kvs.batchGet`. The platform's other
 * endpoints (delete, key queries, secrets, entity delete, batch set and delete) answer 404 until the app needs them.
 */
export const KVS_ROUTES: Record<string, Route> = {
  '/api/v1/get': (ctx, body) => getItem(ctx, KVS_SPACE, parse(schema.getRequest, body).key),
  '/api/v1/set': (ctx, body) => {
    const req = parse(schema.setRequest, body);
    return setItem(ctx, KVS_SPACE, req.key, req.value, req.options);
  },
  '/api/v1/entity/get': (ctx, body) => {
    const req = parse(schema.entityGetRequest, body);
    return getItem(ctx, resolveSpace(ctx.entities, req.entityName), req.key);
  },
  '/api/v1/entity/set': (ctx, body) => {
    const req = parse(schema.entitySetRequest, body);
    return setItem(ctx, resolveSpace(ctx.entities, req.entityName), req.key, req.value, req.options);
  },
  '/api/v1/entity/query': (ctx, body) => queryEntity(ctx, parse(schema.entityQueryRequest, body)),
  '/api/v1/transaction': (ctx, body) => executeTransaction(ctx, parse(schema.transactionRequest, body)),
  '/api/v1/batch/get': (ctx, body) => batchGet(ctx, parse(batchGetRequest, body)),
};
