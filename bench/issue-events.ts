import { LocalHost } from '../local/host';
import { PROJECTS, USERS } from '../local/product/demo-ids';
import { issueEvent } from '../local/product/jira/issue-events';
import { GLOBAL_POOL_POINTS } from '../local/product/jira-service';
import { seedProductDemo } from '../local/product/seed-product';
import { createLocalPlatform } from '../local/runtime/local-platform';
import { seedDemo } from '../local/seed/seed-demo';
import { table } from './measure';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A person's edit through the simulated Jira (the workbench's path): 1 point for them, nothing for
 * the app. People hit the burst and per-issue limits too: a 429 (which costs no points) waits out
 * its `Retry-After` and tries again.
 */
async function personEdits(host: LocalHost, as: string, key: string, fields: Record<string, unknown>): Promise<void> {
  for (;;) {
    const res = await host.outsideInvocation(() =>
      host.jira({
        method: 'PUT',
        path: `/rest/api/3/issue/${key}`,
        headers: {},
        body: JSON.stringify({ fields }),
        actingAccountId: as,
      }),
    );
    if (res.status === 204) return;
    if (res.status !== 429) throw new Error(`Edit of ${key} failed with ${res.status}`);
    await sleep(Number(res.headers?.['Retry-After'] ?? 1) * 1000);
  }
}

/** What the app spent on the events of `edits` (the people's own requests, 1 point each, left out). */
async function appCost(host: LocalHost, edits: () => Promise<number>) {
  await host.settle();
  const [before, points] = [{ ...host.stats.totals }, host.store.pointsUsed()];
  const requests = await edits();
  await host.settle();
  const after = host.stats.totals;
  return {
    invocations: after.invocations - before.invocations,
    kvs: after.kvsReads + after.kvsWrites + after.kvsQueries - before.kvsReads - before.kvsWrites - before.kvsQueries,
    restReads: after.restReads - before.restReads,
    points: host.store.pointsUsed() - points - requests,
  };
}

async function perEvent(): Promise<void> {
  const host = new LocalHost({ dbFile: ':memory:' });
  await seedDemo(host);
  const cases: Array<[string, string, string, Record<string, unknown>]> = [
    ['Task (takes no part): summary', USERS.outsider, 'OPS-1', { summary: 'Patch the VPN concentrator' }],
    ['initiative: labels only (no copied fact)', USERS.editor, 'CSI-2', { labels: ['bench'] }],
    ['initiative: summary', USERS.editor, 'CSI-2', { summary: 'Faster change approvals' }],
    ['initiative: new assignee', USERS.editor, 'CSI-2', { assignee: { accountId: USERS.viewer } }],
  ];
  const rows = [];
  for (const [label, as, key, fields] of cases) {
    const c = await appCost(host, async () => (await personEdits(host, as, key, fields), 1));
    rows.push([label, c.invocations, c.kvs, c.restReads, c.points]);
  }
  table(
    'One issue update (goal: a type that takes no part 0 KVS ops and 0 points; an initiative no REST read)',
    ['update', 'invocations', 'KVS ops', 'REST reads', 'REST points'],
    rows,
  );
  host.close();
}

/** A site as the app sees it after install: the demo's issues, initiatives made by the app's own created events. */
async function freshSite(platform: ReturnType<typeof createLocalPlatform>, n: number): Promise<LocalHost> {
  const host = new LocalHost({ dbFile: ':memory:', platform, site: { cloudId: `bench-site-${n}` } });
  seedProductDemo(host.store);
  // Other work: 40 tasks in OPS, so edits spread as they do on a busy site (setup, no events).
  const ops = host.store.projects.get(PROJECTS.ops.id)!;
  const template = host.store.issues.list(ops.id)[0]!;
  for (let i = 0; i < 40; i += 1)
    host.store.issues.save({ ...template, ...host.store.issues.allocate(ops.id, ops.key) });
  for (const issue of host.store.issues.list()) {
    await host.events.deliver(issueEvent(host.store, 'avi:jira:created:issue', issue, USERS.editor, new Date()));
  }
  await host.settle();
  return host;
}

/**
 * 50 sites of one deployment sharing the 65,000-point pool, each with 2,000 issue updates an hour:
 * a sample of `perSite` updates per site is run (one in five on an initiative, the rest on other
 * work, as on a service desk) and the app's points are scaled to the hour.
 */
async function fiftySites(
  sites = Number(process.env.BENCH_SITES ?? 50),
  perSite = Number(process.env.BENCH_UPDATES ?? 50),
): Promise<void> {
  const platform = createLocalPlatform();
  let points = 0;
  let invocations = 0;
  for (let n = 0; n < sites; n += 1) {
    const host = await freshSite(platform, n);
    const initiatives = host.store.issues.list(PROJECTS.csi.id).map((i) => i.key);
    const others = host.store.issues.list(PROJECTS.ops.id).map((i) => i.key);
    const c = await appCost(host, async () => {
      for (let i = 0; i < perSite; i += 1) {
        const onInitiative = i % 5 === 0;
        const key = onInitiative ? initiatives[i % initiatives.length]! : others[i % others.length]!;
        const fields = i % 3 === 0 ? { labels: [`l${i}`] } : { summary: `Update ${i} of ${key}` };
        await personEdits(host, onInitiative ? USERS.editor : USERS.outsider, key, fields);
        await sleep(25); // under the 50 PUT/s burst limit of one endpoint
      }
      return perSite;
    });
    points += c.points;
    invocations += c.invocations;
    host.close();
  }
  const scale = (2000 / perSite) * (50 / sites);
  const perHour = Math.round(points * scale);
  table(
    `50 sites x 2,000 issue updates an hour (sampled: ${sites} sites x ${perSite} updates, scaled)`,
    ['app', 'invocations / hour', 'REST points / hour', `share of the ${GLOBAL_POOL_POINTS.toLocaleString('en')} pool`],
    [
      [
        'before (GET issue per event, 2 points)',
        100_000,
        200_000,
        `${((200_000 / GLOBAL_POOL_POINTS) * 100).toFixed(0)}%`,
      ],
      [
        'now (measured)',
        Math.round(invocations * scale),
        perHour,
        `${((perHour / GLOBAL_POOL_POINTS) * 100).toFixed(1)}%`,
      ],
    ],
  );
}

/** The issue-event benchmarks of `npm run bench`. */
export async function issueEventBenchmarks(): Promise<void> {
  await perEvent();
  await fiftySites();
}
