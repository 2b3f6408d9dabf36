import type Database from 'better-sqlite3';
import type { ServiceHandler, ServiceRequest, ServiceResponse } from '../runtime/service';
import { type EntityDefinitions, resolveEntities } from './entity-definitions';
import type { KvsContext } from './item-ops';
import { badRequest, KvsError, KvsErrorCode, toErrorResponse } from './kvs-errors';
import { syncIndexes } from './index-sync';
import { KVS_ROUTES } from './kvs-routes';
import { KvsStore } from './kvs-store';

export { migrateKvs } from './kvs-store';
export type { EntityDefinitions } from './entity-definitions';

/**
 * The simulated Forge KVS and Custom Entity Store on SQLite: answers the endpoints `@forge/kvs`
 * calls for what the app does (see `KVS_ROUTES`) through `__forge_fetch__({ type: 'kvs' },
 * '/api/v1/...', init)` with the platform's bodies, statuses and error codes. Creates its tables if needed.
 *
 * @example
 *   const kvs = createKvsService(new Database('.local/kvs.db'), manifest.app.storage.entities);
 *   new ForgeRuntime({ kvs, jira, confluence, platform }, new Stats(), knobs).install();
 */
export function createKvsService(db: Database.Database, entities: EntityDefinitions): ServiceHandler {
  const ctx: KvsContext = { store: new KvsStore(db), entities: resolveEntities(entities) };
  syncIndexes(ctx.store, ctx.entities);
  return (req) => handle(ctx, req);
}

function handle(ctx: KvsContext, req: ServiceRequest): ServiceResponse {
  try {
    const path = req.path.split('?')[0] ?? '';
    const route = KVS_ROUTES[path];
    if (!route) {
      const message = `The local KVS does not simulate ${req.method} ${path}: the app does not call it`;
      throw new KvsError(404, KvsErrorCode.NOT_FOUND, message);
    }
    if (req.method !== 'POST') throw new KvsError(405, KvsErrorCode.BAD_REQUEST, `${path} only accepts POST`);
    return route(ctx, parseJson(req.body));
  } catch (error) {
    return toErrorResponse(error);
  }
}

function parseJson(body: string | undefined): unknown {
  if (body === undefined || body === '') throw badRequest(KvsErrorCode.BAD_REQUEST, 'The request body is empty');
  try {
    return JSON.parse(body) as unknown;
  } catch {
    throw badRequest(KvsErrorCode.BAD_REQUEST, 'The request body is not valid JSON');
  }
}
