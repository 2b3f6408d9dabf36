import type { z } from 'zod';
import type { ServiceResponse } from '../runtime/service';
import { batchDelete, batchGet, batchSet } from './batch';
import { queryEntity } from './entity-query';
import { deleteItem, getItem, type KvsContext, setItem } from './item-ops';
import { badRequest, KvsErrorCode } from './kvs-errors';
import * as schema from './kvs-schemas';
import { queryKeys } from './key-query';
import { KVS_SPACE, resolveSpace, SECRET_SPACE } from './spaces';
import { executeTransaction } from './transaction';

type Route = (ctx: KvsContext, body: unknown) => ServiceResponse;

/** Parses a request body with its schema; a mismatch is `400 BAD_REQUEST` naming the fields. */
function parse<S extends z.ZodType>(requestSchema: S, body: unknown): z.infer<S> {
  const result = requestSchema.safeParse(body);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
  throw badRequest(KvsErrorCode.BAD_REQUEST, `Provided request body is invalid: ${problems.join('; ')}`);
}

/** Every endpoint `@forge/kvs` calls, by path. */
export const KVS_ROUTES: Record<string, Route> = {
  '/api/v1/get': (ctx, body) => {
    const req = parse(schema.getRequest, body);
    return getItem(ctx, KVS_SPACE, req.key, req.options?.metadataFields);
  },
  '/api/v1/set': (ctx, body) => {
    const req = parse(schema.setRequest, body);
    return setItem(ctx, KVS_SPACE, req.key, req.value, req.options);
  },
  '/api/v1/delete': (ctx, body) => deleteItem(ctx, KVS_SPACE, parse(schema.deleteRequest, body).key),
  '/api/v1/query': (ctx, body) => queryKeys(ctx, parse(schema.queryRequest, body)),
  '/api/v1/secret/get': (ctx, body) => {
    const req = parse(schema.getRequest, body);
    return getItem(ctx, SECRET_SPACE, req.key, req.options?.metadataFields);
  },
  '/api/v1/secret/set': (ctx, body) => {
    const req = parse(schema.setRequest, body);
    return setItem(ctx, SECRET_SPACE, req.key, req.value, req.options);
  },
  '/api/v1/secret/delete': (ctx, body) => deleteItem(ctx, SECRET_SPACE, parse(schema.deleteRequest, body).key),
  '/api/v1/entity/get': (ctx, body) => {
    const req = parse(schema.entityGetRequest, body);
    return getItem(ctx, resolveSpace(ctx.entities, req.entityName), req.key, req.options?.metadataFields);
  },
  '/api/v1/entity/set': (ctx, body) => {
    const req = parse(schema.entitySetRequest, body);
    return setItem(ctx, resolveSpace(ctx.entities, req.entityName), req.key, req.value, req.options);
  },
  '/api/v1/entity/delete': (ctx, body) => {
    const req = parse(schema.entityDeleteRequest, body);
    return deleteItem(ctx, resolveSpace(ctx.entities, req.entityName), req.key);
  },
  '/api/v1/entity/query': (ctx, body) => queryEntity(ctx, parse(schema.entityQueryRequest, body)),
  '/api/v1/batch/set': (ctx, body) => batchSet(ctx, parse(schema.batchSetRequest, body)),
  '/api/v1/batch/get': (ctx, body) => batchGet(ctx, parse(schema.batchGetRequest, body)),
  '/api/v1/batch/delete': (ctx, body) => batchDelete(ctx, parse(schema.batchDeleteRequest, body)),
  '/api/v1/transaction': (ctx, body) => executeTransaction(ctx, parse(schema.transactionRequest, body)),
};
