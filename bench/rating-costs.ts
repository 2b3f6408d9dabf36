import { kvs } from '@forge/kvs';
import { LocalHost } from '../local/host';
import { PROJECTS, USERS } from '../local/product/demo-ids';
import { seedDemo } from '../local/seed/seed-demo';
import { table } from './measure';

/**
 * Rating one criterion and opening the issue panel with 50 raters, each of whom rated every
 * criterion with a 2,000-character rationale (3 bytes a character): KVS operations and REST calls
 * of the resolver call itself (goal: rating <= 3 KVS and 1 REST, projections after), the stored
 * sizes (the platform refuses a value over 240 KiB) and the answer's size (5 MB at most). A rating
 * that moves the class also reads a portfolio stats shard (one get more): its own row.
 */
const ISSUE = 'CSI-6';
const RATERS = 50;

export async function ratingCosts(): Promise<void> {
  const host = new LocalHost({ dbFile: ':memory:' });
  await seedDemo(host);
  const frame = (accountId: string) => host.frames.create({ moduleKey: 'csi-issue-panel', accountId, issueKey: ISSUE });
  const call = async (accountId: string, key: string, payload: unknown) => {
    const id = host.stats.nextId;
    const envelope = (await host.runner.invokeResolver(frame(accountId), key, payload)) as {
      ok: boolean;
      error?: { code: string };
      data?: { criteria: Array<{ key: string }>; score?: { initiativeClass: string } | null };
    };
    await host.settle();
    const r = host.stats.byId(id)!;
    return { envelope, kvs: r.kvsReads + r.kvsQueries + r.kvsWrites, ops: r.kvsOps, rest: r.restReads + r.restWrites };
  };
  const keys = (await call(USERS.editor, 'issuePanel.get', {})).envelope.data!.criteria.map((c) => c.key);
  const rows: Array<Array<string | number>> = [];
  const rate = async (label: string, ratings: Array<{ criterionKey: string; rating: number; rationale: string }>) => {
    const c = await call(USERS.editor, 'issuePanel.rate', { ratings });
    const answer = `answer ${(Buffer.byteLength(JSON.stringify(c.envelope)) / 1024).toFixed(1)} KiB`;
    const result = c.envelope.ok
      ? `ok, class ${c.envelope.data?.score?.initiativeClass ?? '-'}`
      : c.envelope.error?.code;
    rows.push([label, c.kvs, JSON.stringify(c.ops), c.rest, result ?? '?', answer]);
  };
  const one = [{ criterionKey: keys[0]!, rating: 3, rationale: 'One criterion' }];
  await rate('rate one criterion (rated before)', one);
  // The class moves with the score: then the portfolio stats shard is read (one get more).
  const all = (rating: number) => keys.map((criterionKey) => ({ criterionKey, rating, rationale: 'All' }));
  await rate('rate every criterion 1 (class may change, few raters)', all(1));
  await rate('rate every criterion 5 (class may change, few raters)', all(5));
  const failed = await addRaters(host, keys, call);
  await rate(`rate one criterion (${RATERS} raters with full rationales)`, one);
  const id = host.stats.nextId;
  const opened = (await host.runner.invokeResolver(frame(USERS.editor), 'issuePanel.get', {})) as { ok: boolean };
  const r = host.stats.byId(id)!;
  const sizes = await storedSizes(host);
  rows.push([
    `open the panel, ${RATERS} raters (${failed} of their ratings refused)`,
    r.kvsReads + r.kvsQueries + r.kvsWrites,
    JSON.stringify(r.kvsOps),
    r.restReads + r.restWrites,
    opened.ok ? 'ok' : 'FAILED',
    `initiative ${(sizes.initiative / 1024).toFixed(1)} KiB, one rater's entry ${(sizes.rating / 1024).toFixed(1)} KiB, answer ${(Buffer.byteLength(JSON.stringify(opened)) / 1024).toFixed(1)} KiB`,
  ]);
  table(
    'Rating and the issue panel (goal: rating <= 3 KVS and 1 REST; panel bounded at any number of raters)',
    ['case', 'KVS ops', 'by kind', 'REST calls', 'result', 'value sizes'],
    rows,
  );
  host.close();
}

if (process.argv[1]?.endsWith('rating-costs.ts')) {
  ratingCosts().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

/** Stored bytes of the initiative and of one rater's entry, read through the official client. */
function storedSizes(host: LocalHost): Promise<{ initiative: number; rating: number }> {
  return host.runtime.run('bench', 'bench.sizes', undefined, undefined, async () => {
    const issueId = String(host.store.issues.find(ISSUE)!.id);
    const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v ?? null), 'utf8');
    const initiative = bytes(await kvs.entity('initiative').get(issueId));
    // The code before the rating entity has none: 0.
    const rating = await kvs
      .entity('rating')
      .get(`${issueId}:u-bench-rater-0`)
      .then(bytes, () => 0);
    return { initiative, rating };
  });
}

type Call = (accountId: string, key: string, payload: unknown) => Promise<{ envelope: { ok: boolean } }>;

/** RATERS new editors each rate every criterion with a full rationale; returns how many were refused. */
async function addRaters(host: LocalHost, keys: string[], call: Call): Promise<number> {
  const rationale = '€'.repeat(2000);
  let failed = 0;
  for (let n = 0; n < RATERS; n += 1) {
    const accountId = `u-bench-rater-${n}`;
    host.store.users.upsert({
      accountId,
      displayName: `Rater ${n}`,
      email: `${accountId}@example.com`,
      siteAdmin: false,
    });
    host.store.projects.grant(PROJECTS.csi.id, accountId, ['BROWSE_PROJECTS', 'EDIT_ISSUES']);
    const ratings = keys.map((criterionKey, i) => ({ criterionKey, rating: 1 + ((n + i) % 5), rationale }));
    if (!(await call(accountId, 'issuePanel.rate', { ratings })).envelope.ok) failed += 1;
  }
  return failed;
}
