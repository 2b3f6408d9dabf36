/**
 * Contract test: the OFFICIAL `@forge/kvs` client against the local KVS simulation on SQLite, for
 * what the app uses (kvs.get/set, entity get/set/query, transactions with set and delete) and its
 * error paths. Every call goes through `__forge_fetch__` as it does on the platform; what the app
 * never uses is refused, not simulated.
 */
import Database from 'better-sqlite3';
import { Filter, FilterConditions, ForgeKvsAPIError, kvs, MetadataField, Sort, WhereConditions } from '@forge/kvs';
import type { EntityDefinitions } from '../../local/kvs/entity-definitions';
import { createKvsService } from '../../local/kvs/kvs-service';
import { ForgeRuntime } from '../../local/runtime/forge-runtime';
import { defaultKnobs } from '../../local/runtime/knobs';
import type { ServiceHandler } from '../../local/runtime/service';
import { Stats } from '../../local/runtime/stats';

interface Employee {
  surname?: string;
  age?: number;
  team?: string;
  rating?: number;
  active?: boolean;
  tags?: unknown;
  version?: number;
}

const entities: EntityDefinitions = [
  {
    name: 'employee',
    attributes: {
      surname: { type: 'string' },
      age: { type: 'integer' },
      team: { type: 'string' },
      rating: { type: 'float' },
      active: { type: 'boolean' },
      tags: { type: 'any' },
      version: { type: 'integer' },
    },
    indexes: ['age', 'surname', { name: 'by-team-age', partition: ['team'], range: ['age'] }],
  },
];

const fail: ServiceHandler = () => {
  throw new Error('not used by the KVS contract test');
};

let runtime: ForgeRuntime;

function install(knobs = defaultKnobs): ForgeRuntime {
  const service = createKvsService(new Database(':memory:'), entities);
  const created = new ForgeRuntime({ kvs: service, jira: fail, confluence: fail, platform: fail }, new Stats(), knobs);
  created.install();
  return created;
}

beforeEach(() => {
  runtime = install();
});

/** The `ForgeKvsAPIError` a call rejects with. */
async function kvsError(call: Promise<unknown>): Promise<ForgeKvsAPIError> {
  const error: unknown = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ForgeKvsAPIError);
  return error as ForgeKvsAPIError;
}

async function expectKvsError(call: Promise<unknown>, status: number, code: string): Promise<void> {
  const error = await kvsError(call);
  expect({ status: error.responseDetails.status, code: error.code }).toEqual({ status, code });
}

const employee = () => kvs.entity<Employee>('employee');

describe('kvs.set() / kvs.get()', () => {
  it.each([
    ['a string', 'hello'],
    ['a number', 42.5],
    ['a boolean', false],
    ['an array', [1, 'two', { three: 3 }]],
    ['an object', { nested: { list: [1, 2], flag: true } }],
  ])('round-trips %s', async (_name, value) => {
    await kvs.set('item', value);
    expect(await kvs.get('item')).toEqual(value);
  });

  it('returns undefined for a key that does not exist', async () => {
    expect(await kvs.get('missing')).toBeUndefined();
  });

  it('refuses to overwrite with keyPolicy FAIL_IF_EXISTS (409 KEY_CONFLICT)', async () => {
    await kvs.set('lock', 'first', { keyPolicy: 'FAIL_IF_EXISTS' });
    await expectKvsError(kvs.set('lock', 'second', { keyPolicy: 'FAIL_IF_EXISTS' }), 409, 'KEY_CONFLICT');
    expect(await kvs.get('lock')).toBe('first');
  });

  it('overwrites with keyPolicy OVERRIDE, as without a policy', async () => {
    await kvs.set('item', 'v1');
    await kvs.set('item', 'v2', { keyPolicy: 'OVERRIDE' });
    expect(await kvs.get('item')).toBe('v2');
  });
});

describe('key and value limits', () => {
  it.each([
    ['an empty key', 'KEY_TOO_SHORT', ''],
    ['a key over 500 characters', 'KEY_TOO_LONG', 'k'.repeat(501)],
    ['a key with a slash', 'INVALID_KEY', 'bad/key'],
    ['a whitespace-only key', 'INVALID_KEY', '   '],
  ])('rejects %s with 400 %s', async (_name, code, key) => {
    await expectKvsError(kvs.set(key, 'v'), 400, code);
  });

  it('accepts a 500-character key with every allowed character class', async () => {
    const key = `aZ09:._ -#${'k'.repeat(490)}`;
    await kvs.set(key, 'v');
    expect(await kvs.get(key)).toBe('v');
  });

  it('accepts a value of exactly 240 KiB and rejects one byte more (400 MAX_SIZE)', async () => {
    const fits = 'x'.repeat(240 * 1024 - 2); // JSON adds the two quotes
    await kvs.set('big', fits);
    expect(await kvs.get('big')).toHaveLength(fits.length);
    await expectKvsError(kvs.set('big', `${fits}x`), 400, 'MAX_SIZE');
  });

  it('rejects values nested deeper than 32 levels (400 MAX_DEPTH)', async () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 33; i += 1) deep = { deep };
    await expectKvsError(kvs.set('deep', deep), 400, 'MAX_DEPTH');
  });
});

describe('kvs.entity().set() / get()', () => {
  it('round-trips an entity and keeps it apart from a plain key with the same name', async () => {
    const value = { surname: 'Davis', age: 30, team: 'red', rating: 4.5, active: true, tags: ['a', { b: 1 }] };
    await employee().set('e1', value);
    await kvs.set('e1', 'plain');
    expect(await employee().get('e1')).toEqual(value);
    expect(await kvs.get('e1')).toBe('plain');
    expect(await employee().get('e2')).toBeUndefined();
  });

  it.each([
    ['a string for an integer', { age: 'thirty' }],
    ['a fraction for an integer', { age: 1.5 }],
    ['an integer beyond 32 bits', { age: 2 ** 31 }],
    ['a number for a boolean', { active: 1 }],
    ['an undeclared attribute', { salary: 100 }],
    ['a value that is not an object', 'Davis'],
  ])('rejects %s (400 INVALID_ENTITY_VALUE)', async (_name, value) => {
    await expectKvsError(employee().set('e1', value as Employee), 400, 'INVALID_ENTITY_VALUE');
  });

  it.each([
    ['an entity not in the manifest', 'INVALID_ENTITY_TYPE', 'department'],
    ['a name shorter than 3 characters', 'ENTITY_TYPE_TOO_SHORT', 'ab'],
    ['a name longer than 60 characters', 'ENTITY_TYPE_TOO_LARGE', 'e'.repeat(61)],
  ])('rejects %s (400 %s)', async (_name, code, entityName) => {
    await expectKvsError(kvs.entity(entityName).set('k1', {}), 400, code);
  });

  // storage-reference/entities-api "Limitations": a `string` attribute "must contain at least one
  // non-whitespace character" and "must not be empty"; a type violation is 400 INVALID_ENTITY_VALUE
  // (storage-reference/handling-errors-customentities).
  it.each([
    ['an empty string attribute', ''],
    ['a whitespace-only string attribute', ' \t\n'],
  ])('rejects %s on set and in a transaction, writing nothing', async (_name, surname) => {
    await expectKvsError(employee().set('e1', { surname, age: 30 }), 400, 'INVALID_ENTITY_VALUE');
    const tx = kvs.transact().set('t1', 'ok').set('e2', { surname }, { entityName: 'employee' }).execute();
    await expectKvsError(tx, 400, 'INVALID_ENTITY_VALUE');
    expect([await employee().get('e1'), await kvs.get('t1'), await employee().get('e2')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('accepts an omitted string attribute and an empty string inside an `any` attribute', async () => {
    await employee().set('e1', { age: 30, tags: { note: '' } });
    expect(await employee().get('e1')).toEqual({ age: 30, tags: { note: '' } });
  });

  it('rejects an empty entity key (400 EMPTY_KEY)', async () => {
    await expectKvsError(employee().get(''), 400, 'EMPTY_KEY');
  });
});

const people: Array<[string, Employee]> = [
  ['e1', { surname: 'Scott', age: 25, team: 'red', rating: 3.5, active: true, tags: ['lead'] }],
  ['e2', { surname: 'Smith', age: 30, team: 'blue', rating: 4.0, active: false }],
  ['e3', { surname: 'Davis', age: 30, team: 'red', rating: 4.5, active: true }],
  ['e4', { surname: 'Stone', age: 41, team: 'blue', active: true, tags: ['remote', 'lead'] }],
  ['e5', { surname: 'Adams', age: 52, team: 'red', rating: 2.0, active: false }],
  ['e6', { surname: 'Sato', team: 'green' }],
];

describe('kvs.entity().query()', () => {
  beforeEach(async () => {
    for (const [key, value] of people) await employee().set(key, value);
  });

  const keysOf = (page: { results: Array<{ key: string }> }) => page.results.map((r) => r.key);

  it.each([
    ['no range', undefined, ['e1', 'e2', 'e3', 'e4', 'e5']],
    ['greaterThan(30)', WhereConditions.greaterThan(30), ['e4', 'e5']],
    ['greaterThanEqualTo(30)', WhereConditions.greaterThanEqualTo(30), ['e2', 'e3', 'e4', 'e5']],
    ['lessThan(30)', WhereConditions.lessThan(30), ['e1']],
  ])('queries the age index with %s, in age then key order', async (_name, range, expected) => {
    const query = employee().query().index('age');
    expect(keysOf(await (range ? query.where(range) : query).getMany())).toEqual(expected);
  });

  it('queries a string index by range, never mixing numbers and strings', async () => {
    const page = await employee().query().index('surname').where(WhereConditions.greaterThan('Sc')).getMany();
    expect(keysOf(page)).toEqual(['e1', 'e2', 'e4']); // Scott, Smith, Stone
    const below = await employee().query().index('surname').where(WhereConditions.lessThan('D')).getMany();
    expect(keysOf(below)).toEqual(['e5']); // Adams
  });

  it('sorts descending', async () => {
    const page = await employee().query().index('age').where(WhereConditions.lessThan(41)).sort(Sort.DESC).getMany();
    expect(keysOf(page)).toEqual(['e3', 'e2', 'e1']);
  });

  it('queries only the given partition', async () => {
    const page = await employee()
      .query()
      .index('by-team-age', { partition: ['red'] })
      .getMany();
    expect(page.results).toEqual([
      { key: 'e1', value: people[0]?.[1] },
      { key: 'e3', value: people[2]?.[1] },
      { key: 'e5', value: people[4]?.[1] },
    ]);
  });

  it.each([
    ['a partitioned index without its partition', 'INVALID_PARTITION', () => employee().query().index('by-team-age')],
    ['an index the entity does not declare', 'INVALID_ENTITY_INDEX', () => employee().query().index('by-salary')],
    ['a page size over 100', 'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE', () => employee().query().index('age').limit(101)],
    ['a page size of 0', 'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE', () => employee().query().index('age').limit(0)],
  ])('rejects %s (400 %s)', async (_name, code, build) => {
    await expectKvsError(build().getMany(), 400, code);
  });

  it.each([
    ['contains (array)', FilterConditions.contains('lead'), 'tags', ['e1', 'e4']],
    ['contains (string)', FilterConditions.contains('av'), 'surname', ['e3']],
    ['equalTo', FilterConditions.equalTo(true), 'active', ['e1', 'e3', 'e4']],
    ['notEqualTo', FilterConditions.notEqualTo('red'), 'team', ['e2', 'e4']],
    ['notExists', FilterConditions.notExists(), 'rating', ['e4']],
    ['greaterThanEqualTo', FilterConditions.greaterThanEqualTo(4), 'rating', ['e2', 'e3']],
    ['greaterThanEqualTo (string)', FilterConditions.greaterThanEqualTo('Sm'), 'surname', ['e2', 'e4']],
    ['lessThanEqualTo', FilterConditions.lessThanEqualTo(3.5), 'rating', ['e1', 'e5']],
  ] as const)('filters with %s', async (_name, condition, property, expected) => {
    const filter = new Filter<Employee>().and(property, condition);
    expect(keysOf(await employee().query().index('age').filters(filter).getMany())).toEqual(expected);
  });

  it('combines filters with and', async () => {
    const both = new Filter<Employee>()
      .and('team', FilterConditions.equalTo('red'))
      .and('active', FilterConditions.equalTo(true));
    expect(keysOf(await employee().query().index('age').filters(both).getMany())).toEqual(['e1', 'e3']);
  });

  it('follows updates and transaction deletes in the index', async () => {
    await employee().set('e1', { ...people[0]?.[1], age: 60 });
    await kvs.transact().delete('e5', { entityName: 'employee' }).execute();
    expect(keysOf(await employee().query().index('age').getMany())).toEqual(['e2', 'e3', 'e4', 'e1']);
  });

  it.each([
    ['ascending', Sort.ASC],
    ['descending', Sort.DESC],
  ])('pages %s with cursors, filters included, without losing or repeating a row', async (_name, sort) => {
    for (let i = 0; i < 40; i += 1) await employee().set(`p${i}`, { age: 100 + (i % 7), team: i % 2 ? 'odd' : 'even' });
    const filter = new Filter<Employee>().and('team', FilterConditions.equalTo('odd'));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const query = employee().query().index('age').where(WhereConditions.greaterThanEqualTo(100)).filters(filter);
      if (cursor) query.cursor(cursor);
      const page = await query.sort(sort).limit(6).getMany();
      expect(page.results.length).toBeLessThanOrEqual(6);
      seen.push(...keysOf(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect([...seen].sort()).toEqual(Array.from({ length: 20 }, (_, i) => `p${2 * i + 1}`).sort());
    expect(new Set(seen).size).toBe(20);
  });
});

// storage-reference/entities-api-query, "filters": "the `and` and `or` methods are *in-memory*
// filters. Using them can sometimes produce pages with no results, with cursor pointing to the next
// page where actual results exist." A page is `limit` index rows, filtered afterwards.
describe('kvs.entity().query() with filters: filters run on the fetched page', () => {
  const sparse = async () => {
    for (let i = 0; i < 30; i += 1) {
      await employee().set(`s${String(i).padStart(2, '0')}`, { age: 200 + i, team: i === 25 ? 'match' : 'other' });
    }
  };
  const query = () =>
    employee()
      .query()
      .index('age')
      .where(WhereConditions.greaterThanEqualTo(200))
      .filters(new Filter<Employee>().and('team', FilterConditions.equalTo('match')))
      .limit(10);

  it('returns empty pages with a cursor until the page that holds the match', async () => {
    await sparse();
    const pages: Array<{ keys: string[]; cursor: boolean }> = [];
    let cursor: string | undefined;
    do {
      const page = await (cursor ? query().cursor(cursor) : query()).getMany();
      pages.push({ keys: page.results.map((r) => r.key), cursor: page.nextCursor !== undefined });
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages).toEqual([
      { keys: [], cursor: true },
      { keys: [], cursor: true },
      { keys: ['s25'], cursor: false },
    ]);
  });

  it('returns a short page with a cursor when filters drop some of the fetched rows', async () => {
    for (let i = 0; i < 8; i += 1) await employee().set(`h${i}`, { age: 300 + i, team: i % 2 ? 'odd' : 'even' });
    const page = await employee()
      .query()
      .index('age')
      .where(WhereConditions.greaterThanEqualTo(300))
      .filters(new Filter<Employee>().and('team', FilterConditions.equalTo('odd')))
      .limit(4)
      .getMany();
    expect(page.results.map((r) => r.key)).toEqual(['h1', 'h3']);
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  it('getOne() with filters looks at one fetched row only', async () => {
    await sparse();
    expect(await query().getOne()).toBeUndefined();
  });
});

// storage-reference/entities-manifest, "Deploying apps with indexes": on deploy the storage service
// "will then create or update indexes as necessary" for the data already stored.
describe('an index added to the manifest after data was stored', () => {
  afterEach(() => runtime.install());

  it('covers the items stored before it existed, once the host starts with the new manifest', async () => {
    const db = new Database(':memory:');
    const start = (defs: EntityDefinitions) =>
      new ForgeRuntime(
        { kvs: createKvsService(db, defs), jira: fail, confluence: fail, platform: fail },
        new Stats(),
        defaultKnobs,
      ).install();
    start(entities);
    await employee().set('e1', { surname: 'Scott', team: 'red' });
    await employee().set('e2', { surname: 'Smith', team: 'blue' });
    const [first] = entities as [EntityDefinitions[number]];
    start([{ ...first, indexes: [...(first.indexes ?? []), 'team'] }]);
    const page = await employee().query().index('team').getMany();
    expect(page.results.map((r) => r.key)).toEqual(['e2', 'e1']);
  });
});

describe('kvs.transact()', () => {
  const versionIs = (version: number) => new Filter<Employee>().and('version', FilterConditions.equalTo(version));

  it('applies sets and deletes together', async () => {
    await kvs.set('gone', 'x');
    await kvs.transact().set('t1', 'a').set('t2', { age: 1 }, { entityName: 'employee' }).delete('gone').execute();
    expect([await kvs.get('t1'), await employee().get('t2'), await kvs.get('gone')]).toEqual([
      'a',
      { age: 1 },
      undefined,
    ]);
  });

  it('writes when every condition holds (optimistic version check)', async () => {
    await employee().set('e1', { surname: 'Scott', version: 1 });
    await employee().set('e2', { surname: 'Smith', version: 7 });
    await kvs
      .transact()
      .set<Employee>('e1', { surname: 'Scott-Lee', version: 2 }, { entityName: 'employee', conditions: versionIs(1) })
      .delete<Employee>('e2', { entityName: 'employee', conditions: versionIs(7) })
      .execute();
    expect([await employee().get('e1'), await employee().get('e2')]).toEqual([
      { surname: 'Scott-Lee', version: 2 },
      undefined,
    ]);
  });

  it('writes nothing when a condition fails (409 CONDITION_CHECK_FAILED)', async () => {
    await employee().set('e1', { version: 1 });
    await employee().set('e2', { version: 8 });
    const call = kvs
      .transact()
      .set('t1', 'should not be written')
      .set<Employee>('e1', { version: 2 }, { entityName: 'employee', conditions: versionIs(1) })
      .delete<Employee>('e2', { entityName: 'employee', conditions: versionIs(7) })
      .execute();
    const error = await kvsError(call);
    expect([error.responseDetails.status, error.code]).toEqual([409, 'CONDITION_CHECK_FAILED']);
    expect(error.context).toEqual({ failedOperations: [{ kind: 'delete', key: 'e2', entityName: 'employee' }] });
    expect([await kvs.get('t1'), await employee().get('e1'), await employee().get('e2')]).toEqual([
      undefined,
      { version: 1 },
      { version: 8 },
    ]);
  });

  it('creates only if absent with a notExists condition', async () => {
    const absent = new Filter<Employee>().and('version', FilterConditions.notExists());
    const create = () =>
      kvs.transact().set<Employee>('new', { version: 1 }, { entityName: 'employee', conditions: absent }).execute();
    await create();
    await expectKvsError(create(), 409, 'CONDITION_CHECK_FAILED');
  });

  it.each([
    ['more than 25 operations', 'TOO_MANY_OPERATIONS', 26],
    ['a key used twice', 'DUPLICATE_KEYS', 0],
  ])('rejects a transaction with %s (400 %s)', async (_name, code, count) => {
    const tx = kvs.transact();
    for (let i = 0; i < count; i += 1) tx.set(`k${i}`, i);
    if (count === 0) tx.set('same', 1).delete('same');
    await expectKvsError(tx.execute(), 400, code);
    expect(await kvs.get('k0')).toBeUndefined();
  });

  it('accepts exactly 25 operations', async () => {
    const tx = kvs.transact();
    for (let i = 0; i < 25; i += 1) tx.set(`k${i}`, i);
    await tx.execute();
    expect(await kvs.get('k24')).toBe(24);
  });

  it('writes nothing when one value is invalid', async () => {
    const call = kvs.transact().set('t1', 'ok').set('t2', { age: 'x' }, { entityName: 'employee' }).execute();
    await expectKvsError(call, 400, 'INVALID_ENTITY_VALUE');
    expect(await kvs.get('t1')).toBeUndefined();
  });
});

// The host simulates what the app uses (architecture.md, "routes the app never calls are not
// simulated"). The rest of the platform's KVS is refused with a message naming it, never silently
// ignored: a TTL the host dropped would pass locally and expire in production.
describe('what the app never uses is refused, not simulated', () => {
  const notSimulated = async (call: Promise<unknown>, feature: string) => {
    const error = await kvsError(call);
    expect([error.responseDetails.status, error.code]).toEqual([501, 'NOT_SIMULATED']);
    expect(error.message).toContain(feature);
  };

  it.each([
    ['a TTL on set', () => kvs.set('k', 'v', { ttl: { value: 1, unit: 'DAYS' } }), 'options.ttl'],
    ['returnValue on set', () => kvs.set('k', 'v', { keyPolicy: 'OVERRIDE', returnValue: 'LATEST' }), 'returnValue'],
    ['metadata fields on get', () => kvs.get('k', { metadataFields: [MetadataField.CREATED_AT] }), 'options'],
    [
      'metadata fields on an entity query',
      () =>
        employee()
          .query({ metadataFields: [MetadataField.UPDATED_AT] })
          .index('age')
          .getMany(),
      'options',
    ],
    [
      'a TTL in a transaction',
      () =>
        kvs
          .transact()
          .set('k', 'v', undefined, { ttl: { value: 1, unit: 'DAYS' } })
          .execute(),
      'ttl',
    ],
    [
      'a transaction check',
      () =>
        kvs
          .transact()
          .set('k', 'v')
          .check('e1', {
            entityName: 'employee',
            conditions: new Filter<Employee>().and('age', FilterConditions.exists()),
          })
          .execute(),
      'check',
    ],
    [
      'an or filter',
      () =>
        employee()
          .query()
          .index('age')
          .filters(new Filter<Employee>().or('age', FilterConditions.equalTo(1)))
          .getMany(),
      'filters.or',
    ],
    [
      'a filter condition the app does not use',
      () =>
        employee()
          .query()
          .index('age')
          .filters(new Filter<Employee>().and('tags', FilterConditions.notContains('x')))
          .getMany(),
      'NOT_CONTAINS',
    ],
    [
      'a range condition the app does not use',
      () => employee().query().index('age').where(WhereConditions.between(1, 2)).getMany(),
      'BETWEEN',
    ],
  ])('answers %s with 501 NOT_SIMULATED, writing nothing', async (_name, call, feature) => {
    await notSimulated(call(), feature);
    expect(await kvs.get('k')).toBeUndefined();
  });

  it.each([
    ['kvs.delete', () => kvs.delete('k'), '/api/v1/delete'],
    ['kvs.query', () => kvs.query().getMany(), '/api/v1/query'],
    ['kvs.setSecret', () => kvs.setSecret('k', 'v'), '/api/v1/secret/set'],
    ['kvs.getSecret', () => kvs.getSecret('k'), '/api/v1/secret/get'],
    ['kvs.batchSet', () => kvs.batchSet([{ key: 'k', value: 'v' }]), '/api/v1/batch/set'],
    ['kvs.entity().delete', () => employee().delete('e1'), '/api/v1/entity/delete'],
  ])('answers %s with 404, naming the endpoint it does not simulate', async (_name, call, path) => {
    const error = await kvsError(call());
    expect([error.responseDetails.status, error.code]).toEqual([404, 'NOT_FOUND']);
    expect(error.message).toBe(`The local KVS does not simulate POST ${path}: the app does not call it`);
  });
});

describe('malformed requests', () => {
  it('answers 400 BAD_REQUEST with the offending field', async () => {
    const bad = kvs.set('k', 'v', { keyPolicy: 'SOMETIMES' as 'OVERRIDE' });
    const error = await kvsError(bad);
    expect([error.responseDetails.status, error.code]).toEqual([400, 'BAD_REQUEST']);
    expect(error.message).toContain('options.keyPolicy');
    expect(await kvs.get('k')).toBeUndefined();
  });
});

describe('fault injection', () => {
  afterEach(() => runtime.install());

  it('fails KVS calls with 429 + Retry-After, 503 or 504 when kvsFaultRate is 1', async () => {
    install({ ...defaultKnobs, kvsFaultRate: 1 });
    const statuses: number[] = [];
    for (let i = 0; i < 20; i += 1) statuses.push((await kvsError(kvs.get('k'))).responseDetails.status);
    expect(statuses).toContain(429);
    expect(statuses.every((s) => [429, 503, 504].includes(s))).toBe(true);

    const fetch = globalThis.__forge_fetch__ as (
      d: { type: string },
      path: string,
      init: RequestInit,
    ) => Promise<Response>;
    const responses: Response[] = [];
    for (let i = 0; i < 20; i += 1) {
      responses.push(await fetch({ type: 'kvs' }, '/api/v1/get', { method: 'POST', body: '{"key":"k"}' }));
    }
    const limited = responses.find((r) => r.status === 429);
    expect(limited?.headers.get('Retry-After')).toBe('1');
    expect(await limited?.json()).toMatchObject({ code: 'RATE_LIMIT_EXCEEDED' });
  });
});

describe('stats', () => {
  it('counts KVS reads, writes and queries per invocation', async () => {
    await runtime.run('resolver', 'getThings', 'acc-1', 'module', async () => {
      await kvs.set('k', 1);
      await kvs.get('k');
      await kvs.get('missing');
      await employee().query().index('age').getMany();
      await kvs.transact().set('k', 2).execute();
    });
    await kvs.get('k');
    const { calls, outside, totals } = runtime.stats.snapshot();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ callKey: 'getThings', kvsReads: 2, kvsWrites: 2, kvsQueries: 1 });
    expect(calls[0]?.kvsOps).toEqual({ set: 1, get: 2, 'entity/query': 1, transaction: 1 });
    expect(outside.kvsReads).toBe(1);
    expect(totals).toMatchObject({ kvsReads: 3, kvsWrites: 2, kvsQueries: 1 });
  });
});
