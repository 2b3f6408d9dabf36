import Database from 'better-sqlite3';
import type { ServiceResponse } from '../runtime/service';
import { createKvsService } from './kvs-service';

/**
 * Queries must cost O(page): every SELECT the service issues for a page has to be an index range
 * search, never a table scan or a sort in a temporary B-tree.
 */
describe('KVS query plans', () => {
  const db = new Database(':memory:');
  const issued = new Set<string>();
  const prepare = db.prepare.bind(db);
  db.prepare = (sql: string) => {
    if (/^\s*SELECT/i.test(sql)) issued.add(sql);
    return prepare(sql);
  };
  const entities = [
    {
      name: 'employee',
      attributes: { age: { type: 'integer' as const }, team: { type: 'string' as const } },
      indexes: ['age', { name: 'by-team-age', partition: ['team'] as [string], range: ['age'] as [string] }],
    },
  ];
  const service = createKvsService(db, entities);
  const call = async (path: string, body: unknown): Promise<ServiceResponse> =>
    service({ method: 'POST', path, headers: {}, body: JSON.stringify(body), actingAccountId: undefined });

  it('searches the primary keys for every page of every query shape', async () => {
    for (let i = 0; i < 30; i += 1) {
      await call('/api/v1/entity/set', { entityName: 'employee', key: `e${i}`, value: { age: i, team: 't' } });
    }
    const queries: Array<[string, Record<string, unknown>]> = [
      ['/api/v1/entity/query', { entityName: 'employee', indexName: 'age', limit: 5, sort: 'DESC' }],
      [
        '/api/v1/entity/query',
        { entityName: 'employee', indexName: 'age', limit: 5, range: { condition: 'GREATER_THAN', values: [3] } },
      ],
      ['/api/v1/entity/query', { entityName: 'employee', indexName: 'by-team-age', partition: ['t'], limit: 5 }],
    ];
    for (const [path, body] of queries) {
      const first = await call(path, body);
      const cursor = (first.body as { cursor?: string }).cursor;
      expect(cursor).toEqual(expect.any(String));
      await call(path, { ...body, cursor });
    }
    const plans = [...issued].map((sql) => {
      const params = Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => 0);
      return (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail);
    });
    expect(plans.length).toBeGreaterThanOrEqual(4);
    for (const plan of plans) {
      expect(plan.every((step) => step.startsWith('SEARCH') && step.includes('PRIMARY KEY'))).toBe(true);
    }
  });
});
