/**
 * Contract test: `kvs.batchGet` through the OFFICIAL `@forge/kvs` client against the local KVS
 * (storage-reference/entities-batch: "kvs.batchGet", "Limitations", "Error handling"; the missing
 * key's shape is the one the client's own tests receive, node_modules/@forge/kvs/out/__test__).
 */
import Database from 'better-sqlite3';
import { ForgeKvsAPIError, kvs, MetadataField } from '@forge/kvs';
import type { EntityDefinitions } from '../../local/kvs/entity-definitions';
import { createKvsService } from '../../local/kvs/kvs-service';
import { ForgeRuntime } from '../../local/runtime/forge-runtime';
import { defaultKnobs } from '../../local/runtime/knobs';
import type { ServiceHandler } from '../../local/runtime/service';
import { Stats } from '../../local/runtime/stats';

const entities: EntityDefinitions = [{ name: 'employee', attributes: { age: { type: 'integer' } }, indexes: ['age'] }];
const fail: ServiceHandler = () => {
  throw new Error('not used by the KVS contract test');
};

beforeEach(() => {
  new ForgeRuntime(
    { kvs: createKvsService(new Database(':memory:'), entities), jira: fail, confluence: fail, platform: fail },
    new Stats(),
    defaultKnobs,
  ).install();
});

async function kvsError(call: Promise<unknown>): Promise<{ status: number; code: string }> {
  const error: unknown = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ForgeKvsAPIError);
  const e = error as ForgeKvsAPIError;
  return { status: e.responseDetails.status, code: e.code };
}

describe('kvs.batchGet()', () => {
  it('reads plain keys and entity items in one call, a missing key in failedKeys as KEY_NOT_FOUND', async () => {
    await kvs.set('plain', { a: 1 });
    await kvs.entity('employee').set('e1', { age: 40 });
    const result = await kvs.batchGet([
      { key: 'plain' },
      { key: 'e1', entityName: 'employee' },
      { key: 'absent', entityName: 'employee' },
      // The same key as a plain key is another item: entity and plain keys never mix.
      { key: 'e1' },
    ]);
    expect(result.successfulKeys).toEqual([
      { key: 'plain', value: { a: 1 } },
      { key: 'e1', entityName: 'employee', value: { age: 40 } },
    ]);
    expect(result.failedKeys).toEqual([
      { key: 'absent', entityName: 'employee', error: { code: 'KEY_NOT_FOUND', message: 'Key does not exist' } },
      { key: 'e1', error: { code: 'KEY_NOT_FOUND', message: 'Key does not exist' } },
    ]);
  });

  it('fails entirely on no key, on a key twice and on more than 25 keys', async () => {
    expect(await kvsError(kvs.batchGet([]))).toEqual({ status: 400, code: 'EMPTY_OPERATIONS' });
    expect(await kvsError(kvs.batchGet([{ key: 'k' }, { key: 'k' }]))).toEqual({
      status: 400,
      code: 'DUPLICATE_KEYS',
    });
    const many = Array.from({ length: 26 }, (_, i) => ({ key: `k${i}` }));
    expect(await kvsError(kvs.batchGet(many))).toEqual({ status: 400, code: 'TOO_MANY_OPERATIONS' });
    expect((await kvs.batchGet(many.slice(0, 25))).failedKeys).toHaveLength(25);
  });

  it('refuses an entity the manifest does not declare and metadata it does not simulate', async () => {
    expect(await kvsError(kvs.batchGet([{ key: 'k', entityName: 'nobody' }]))).toEqual({
      status: 400,
      code: 'INVALID_ENTITY_TYPE',
    });
    const metadata = kvs.batchGet([{ key: 'k', options: { metadataFields: [MetadataField.CREATED_AT] } }]);
    expect(await kvsError(metadata)).toEqual({ status: 501, code: 'NOT_SIMULATED' });
  });
});
