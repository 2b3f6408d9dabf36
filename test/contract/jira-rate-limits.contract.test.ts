import Database from 'better-sqlite3';
import api, { route, type Route } from '@forge/api';
import { conformingJira } from '../../local/product/conformance/conforming-products';
import { createJiraService, PointsPool } from '../../local/product/jira-service';
import { ProductStore } from '../../local/product/product-store';
import { seedProductDemo } from '../../local/product/seed-product';
import { ForgeRuntime } from '../../local/runtime/forge-runtime';
import { defaultKnobs } from '../../local/runtime/knobs';
import type { ServiceHandler } from '../../local/runtime/service';
import { Stats } from '../../local/runtime/stats';
import { ALIASES, APP, RecordingHooks } from './api.contract.harness';

/**
 * Contract tests: Jira Cloud's rate limits as the official `@forge/api` client sees them, per
 * https://developer.atlassian.com/cloud/jira/platform/rate-limiting/ (points per request, the
 * Global Pool of 65,000 points per hour shared by every site of the app, Tier 2 per-tenant pools,
 * burst limits per endpoint, per-issue write limits, and the headers of every response and 429).
 */

const EDITOR = 'u-editor';
const fail: ServiceHandler = (req) => {
  throw new Error(`Unexpected platform call ${req.method} ${req.path}`);
};

/** One simulated site with its own store, runtime and clock, charging the given pool. */
function site(pool: PointsPool, start = '2026-11-02T10:00:00.000Z') {
  const store = new ProductStore(new Database(':memory:'));
  seedProductDemo(store);
  const clock = { now: new Date(start) };
  const jira = conformingJira(
    createJiraService(store, new RecordingHooks(), {
      entityPropertyAliases: ALIASES,
      now: () => clock.now,
      pool,
    }),
  );
  const runtime = new ForgeRuntime({ kvs: fail, jira, confluence: fail, platform: fail }, new Stats(), defaultKnobs);
  const call = (as: string, path: Route, method = 'GET', body?: unknown) => {
    runtime.install();
    return runtime.run('fn', 'key', as === APP ? undefined : as, 'mod', async () => {
      const client = as === APP ? api.asApp() : api.asUser();
      const init = body === undefined ? { method } : { method, body: JSON.stringify(body) };
      const res = await client.requestJira(path, init);
      const text = await res.text();
      return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
    });
  };
  const advance = (ms: number) => (clock.now = new Date(clock.now.getTime() + ms));
  return { store, clock, call, advance };
}

const setProperty = (s: ReturnType<typeof site>, key: string, value: unknown) =>
  s.call(APP, route`/rest/api/3/issue/${key}/properties/csi`, 'PUT', value);

describe('points per request (rate-limiting, "How points work")', () => {
  const cases: Array<[string, () => Route, string, number]> = [
    ['GET one issue: 1 + 1 issue', () => route`/rest/api/3/issue/${'CSI-1'}`, 'GET', 2],
    ['GET /myself: 1 + 2 per user', () => route`/rest/api/3/myself`, 'GET', 3],
    [
      'GET /user/bulk with two users',
      () => route`/rest/api/3/user/bulk?accountId=${'u-viewer'}&accountId=${'u-outsider'}`,
      'GET',
      5,
    ],
    [
      'GET /user/search with two users: 1 + 2 per user in the list',
      () => route`/rest/api/3/user/search?query=${'o'}&maxResults=2`,
      'GET',
      5,
    ],
    ['GET /project/{key}: 1 + 1 project', () => route`/rest/api/3/project/${'CSI'}`, 'GET', 2],
    ['GET /issuetype: uncategorised objects, base cost', () => route`/rest/api/3/issuetype`, 'GET', 1],
    ['GET /field: uncategorised objects, base cost', () => route`/rest/api/3/field`, 'GET', 1],
    ['POST /search/jql: a POST is 1 point whatever it returns', () => route`/rest/api/3/search/jql`, 'POST', 1],
    ['POST /permissions/check: a read-only POST is 1 point too', () => route`/rest/api/3/permissions/check`, 'POST', 1],
  ];

  it.each(cases)('%s', async (name, path, method, points) => {
    const s = site(new PointsPool());
    const body =
      method !== 'POST'
        ? undefined
        : name.startsWith('POST /search')
          ? { jql: 'project = CSI', fields: ['summary'], maxResults: 50 }
          : { projectPermissions: [{ permissions: ['EDIT_ISSUES', 'BROWSE_PROJECTS'], issues: [10001, 10002] }] };
    const res = await s.call(EDITOR, path(), method, body);
    expect(res.status).toBe(200);
    expect(s.store.pointsUsed()).toBe(points);
  });

  it('charges a write 1 point', async () => {
    const s = site(new PointsPool());
    expect((await setProperty(s, 'CSI-1', { score: 1 })).status).toBe(201);
    expect(s.store.pointsUsed()).toBe(1);
  });
});

describe('the headers of every response', () => {
  it('carry the quota and the endpoint burst policy in the documented grammar', async () => {
    const s = site(new PointsPool(), '2026-11-02T10:06:40.000Z');
    const res = await s.call(EDITOR, route`/rest/api/3/issue/${'CSI-1'}`);
    expect(res.headers.get('RateLimit-Policy')).toBe('"global-app-quota";q=65000;w=3600,"jira-burst-based";q=100;w=1');
    expect(res.headers.get('RateLimit')).toBe('"global-app-quota";t=3200,"jira-burst-based";r=99;t=1');
    expect(res.headers.get('X-RateLimit-Limit')).toBe('100');
    expect(res.headers.get('X-RateLimit-Remaining')).toBe('99');
    expect(res.headers.get('X-RateLimit-NearLimit')).toBe('false');
    expect(res.headers.get('RateLimit-Reason')).toBeNull();
    expect(res.headers.get('Retry-After')).toBeNull();
  });

  it('add the remaining points and NearLimit once less than 20% of the quota remains', async () => {
    const pool = new PointsPool();
    const s = site(pool, '2026-11-02T10:50:00.000Z');
    pool.charge(s.clock.now, 54_000);
    const res = await s.call(EDITOR, route`/rest/api/3/issue/${'CSI-1'}`);
    expect(res.headers.get('RateLimit')).toBe('"global-app-quota";r=10998;t=600,"jira-burst-based";r=99;t=1');
    expect(res.headers.get('X-RateLimit-NearLimit')).toBe('true');
  });
});

describe('the Global Pool: 65,000 points per hour for the app across all sites', () => {
  it('refuses every site once the sites together spent it, with Retry-After until the hour resets', async () => {
    const pool = new PointsPool();
    const a = site(pool, '2026-11-02T10:29:13.000Z');
    const b = site(pool, '2026-11-02T10:29:13.000Z');
    pool.charge(a.clock.now, 64_990);
    for (let i = 0; i < 5; i++) expect((await a.call(EDITOR, route`/rest/api/3/issue/${'CSI-1'}`)).status).toBe(200);
    const refused = await b.call(EDITOR, route`/rest/api/3/issue/${'CSI-1'}`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('RateLimit-Reason')).toBe('jira-quota-global-based');
    expect(refused.headers.get('Retry-After')).toBe('1847');
    expect(refused.headers.get('X-RateLimit-Limit')).toBe('65000');
    expect(refused.headers.get('X-RateLimit-Remaining')).toBe('0');
    expect(refused.headers.get('X-RateLimit-Reset')).toBe('2026-11-02T11:00:00Z');
    expect(refused.headers.get('RateLimit')).toBe('"global-app-quota";r=0;t=1847');
    expect((await a.call(APP, route`/rest/api/3/myself`)).status).toBe(429);
    expect(b.store.pointsUsed()).toBe(0);
  });

  it('refills at the top of the UTC hour', async () => {
    const pool = new PointsPool();
    const a = site(pool, '2026-11-02T10:59:59.000Z');
    pool.charge(a.clock.now, 65_000);
    expect((await a.call(EDITOR, route`/rest/api/3/myself`)).status).toBe(429);
    a.advance(1000);
    const res = await a.call(EDITOR, route`/rest/api/3/myself`);
    expect(res.status).toBe(200);
    expect(res.headers.get('RateLimit')).toBe('"global-app-quota";t=3600,"jira-burst-based";r=99;t=1');
  });

  it('in Tier 2 gives each site its own pool and names the tenant quota', async () => {
    const a = site(new PointsPool({ policy: 'tenant-app-quota', quota: 100_000 }));
    const b = site(new PointsPool({ policy: 'tenant-app-quota', quota: 100_000 }));
    await a.call(EDITOR, route`/rest/api/3/myself`);
    const ok = await b.call(EDITOR, route`/rest/api/3/myself`);
    expect(ok.headers.get('RateLimit-Policy')).toMatch(/^"tenant-app-quota";q=100000;w=3600,/);
    const spent = new PointsPool({ policy: 'tenant-app-quota', quota: 3 });
    const c = site(spent);
    expect((await c.call(EDITOR, route`/rest/api/3/myself`)).status).toBe(200);
    const refused = await c.call(EDITOR, route`/rest/api/3/myself`);
    expect(refused.headers.get('RateLimit-Reason')).toBe('jira-quota-tenant-based');
    expect((await b.call(EDITOR, route`/rest/api/3/myself`)).status).toBe(200);
  });
});

describe('burst limits per endpoint and method (per site)', () => {
  it('allows 100 GETs per second to one endpoint, then answers 429 jira-burst-based for that endpoint only', async () => {
    const s = site(new PointsPool());
    for (let i = 0; i < 100; i++)
      expect((await s.call(EDITOR, route`/rest/api/3/issue/${`CSI-${1 + (i % 5)}`}`)).status).toBe(200);
    const refused = await s.call(EDITOR, route`/rest/api/3/issue/${'CSI-9'}`);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('RateLimit-Reason')).toBe('jira-burst-based');
    expect(refused.headers.get('Retry-After')).toBe('1');
    expect(refused.headers.get('X-RateLimit-Limit')).toBe('100');
    expect(refused.headers.get('X-RateLimit-Remaining')).toBe('0');
    expect((await s.call(EDITOR, route`/rest/api/3/myself`)).status).toBe(200);
    s.advance(1000);
    expect((await s.call(EDITOR, route`/rest/api/3/issue/${'CSI-9'}`)).status).toBe(200);
  });

  it('allows 50 PUTs per second to one endpoint', async () => {
    const s = site(new PointsPool());
    for (let i = 0; i < 50; i++) expect((await setProperty(s, `CSI-${1 + (i % 20)}`, { i })).status).toBeLessThan(300);
    const refused = await setProperty(s, 'CSI-21', { i: 50 });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('RateLimit-Reason')).toBe('jira-burst-based');
    expect(refused.headers.get('X-RateLimit-Limit')).toBe('50');
    expect(s.store.properties.get(s.store.issues.find('CSI-21')!.id, 'csi')).toBeUndefined();
  });
});

describe('per-issue write limits: 20 per 2 s and 100 per 30 s', () => {
  it('refuses the 101st write to one issue within 30 s and names the long window', async () => {
    const s = site(new PointsPool());
    for (let round = 0; round < 5; round++) {
      for (let n = 0; n < 20; n++) expect((await setProperty(s, 'CSI-5', { round, n })).status).toBeLessThan(300);
      const short = await setProperty(s, 'CSI-5', { round, n: 20 });
      expect(short.headers.get('RateLimit-Reason')).toBe('jira-per-issue-on-write');
      // The fifth round fills both windows; the refusal names the one that frees last.
      expect(short.headers.get('X-RateLimit-Limit')).toBe(round < 4 ? '20' : '100');
      s.advance(2000);
    }
    const refused = await setProperty(s, 'CSI-5', { round: 5 });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('RateLimit-Reason')).toBe('jira-per-issue-on-write');
    expect(refused.headers.get('X-RateLimit-Limit')).toBe('100');
    expect(refused.headers.get('Retry-After')).toBe('20');
    expect(s.store.properties.get(s.store.issues.find('CSI-5')!.id, 'csi')).toEqual({ round: 4, n: 19 });
    expect((await setProperty(s, 'CSI-6', { other: true })).status).toBe(201);
  });

  it('charges a refused request nothing', async () => {
    const s = site(new PointsPool());
    for (let n = 0; n < 21; n++) await setProperty(s, 'CSI-5', { n });
    expect(s.store.pointsUsed()).toBe(20);
  });
});
