import { kvs } from '@forge/kvs';
import type { LocalHost } from '../../local/host';
import { PROJECTS, USERS } from '../../local/product/demo-ids';
import { initiativeEntity } from '../../src/adapters/storage/initiative.entity';
import { getInitiative } from '../../src/adapters/storage/initiative.repository';
import type { Envelope } from '../../src/contracts/envelope';
import type { PanelData } from '../../src/contracts/issue-panel.contract';
import { invokeAs, seededHost } from '../support/seeded-host';

/**
 * Issue 8, "Bounded records": ratings live in their own entity (one per rater and initiative), so an
 * initiative's record stays small however many people rate it with full rationales (the platform
 * refuses a value over 240 KiB: storage-reference/entities-api, limits), and contention on the one
 * record is answered with CONFLICT after bounded retries, never INTERNAL (limits-invocation: 25 s).
 */
let host: LocalHost;
beforeEach(async () => {
  host = await seededHost();
}, 120_000);
afterEach(() => host.close());

const ISSUE = 'CSI-6';
const issueId = () => String(host.store.issues.find(ISSUE)!.id);
const raterIds = (n: number) => Array.from({ length: n }, (_, i) => `u-rater-${String(i).padStart(2, '0')}`);

function addRaters(ids: string[]): void {
  for (const accountId of ids) {
    host.store.users.upsert({
      accountId,
      displayName: `Rater ${accountId}`,
      email: `${accountId}@example.com`,
      siteAdmin: false,
    });
    host.store.projects.grant(PROJECTS.csi.id, accountId, ['BROWSE_PROJECTS', 'EDIT_ISSUES']);
  }
}

const frame = (accountId: string) => ({ moduleKey: 'csi-issue-panel', accountId, issueKey: ISSUE });

async function criteria(): Promise<string[]> {
  const { envelope } = await invokeAs<PanelData>(host, frame(USERS.editor), 'issuePanel.get', {});
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.data.criteria.map((c) => c.key);
}

/** The stored initiative's value size in bytes, read through the official client. */
const storedBytes = () =>
  host.runtime.run('test', 'read', undefined, undefined, async () =>
    Buffer.byteLength(JSON.stringify(await initiativeEntity().get(issueId())), 'utf8'),
  );

describe('ratings in their own entity', () => {
  it('keeps the initiative small with 30 raters rating every criterion with 2,000-character rationales', async () => {
    const keys = await criteria();
    const ids = raterIds(30);
    addRaters(ids);
    // 3 bytes a character in UTF-8: each rater's ratings take about 6 KiB per criterion.
    const rationale = '€'.repeat(2000);
    for (const [n, accountId] of ids.entries()) {
      const ratings = keys.map((criterionKey, i) => ({ criterionKey, rating: 1 + ((n + i) % 5), rationale }));
      const { envelope } = await invokeAs(host, frame(accountId), 'issuePanel.rate', { ratings });
      expect([accountId, envelope.ok]).toEqual([accountId, true]);
    }
    expect(await storedBytes()).toBeLessThan(32 * 1024);
    const record = await host.runtime.run('test', 'read', undefined, undefined, () => getInitiative(issueId()));
    expect(record!.raterCount).toBeGreaterThanOrEqual(30);
    const { envelope } = await invokeAs<PanelData>(host, frame(ids[7]!), 'issuePanel.get', {});
    expect(envelope.ok && envelope.data.myRatings[keys[0]!]?.rationale).toBe(rationale);
  }, 120_000);

  it('reads a record stored with raters embedded (older versions) and moves a rater out when they rate again', async () => {
    const keys = await criteria();
    const id = issueId();
    await host.runtime.run('test', 'legacy', undefined, undefined, async () => {
      const raw = (await initiativeEntity().get(id)) as { data: Record<string, unknown> };
      const at = '2026-10-01T09:00:00.000Z';
      const raters = [USERS.editor, USERS.csiAdmin].map((accountId, n) => ({
        rater: { accountId, displayName: accountId },
        at,
        ratings: Object.fromEntries(keys.map((k) => [k, { rating: 2 + 2 * n, rationale: `legacy ${accountId}` }])),
      }));
      const { tally: _t, raterSummaries: _s, raterCount: _c, ...old } = raw.data;
      // As an older version stored it: no rating entries, the raters inside the record.
      const tx = kvs.transact();
      for (const accountId of [USERS.editor, USERS.csiAdmin]) tx.delete(`${id}:${accountId}`, { entityName: 'rating' });
      await tx.execute();
      await kvs.entity('initiative').set(id, { ...raw, data: { ...old, raters } });
    });
    const opened = await invokeAs<PanelData>(host, frame(USERS.editor), 'issuePanel.get', {});
    expect(opened.envelope.ok && opened.envelope.data.myRatings[keys[0]!]?.rationale).toBe(`legacy ${USERS.editor}`);
    const rated = await invokeAs<PanelData>(host, frame(USERS.editor), 'issuePanel.rate', {
      ratings: [{ criterionKey: keys[0]!, rating: 4, rationale: 'now aligned' }],
    });
    expect(rated.envelope.ok).toBe(true);
    const record = await host.runtime.run('test', 'read', undefined, undefined, () => getInitiative(id));
    expect(record!.raters.map((r) => r.rater.accountId)).toEqual([USERS.csiAdmin]);
    expect(record!.tally[keys[0]!]).toEqual([0, 0, 0, 2, 0]);
    expect(record!.tally[keys[1]!]).toEqual([0, 1, 0, 1, 0]);
    // Re-scored from the tally: 2 and 4 on the other criteria still ask for alignment.
    expect(record!.computed.disagreements.map((d) => d.key)).toEqual(keys.slice(1).filter((k) => record!.tally[k]));
    const again = await invokeAs<PanelData>(host, frame(USERS.editor), 'issuePanel.get', {});
    expect(again.envelope.ok && again.envelope.data.myRatings[keys[1]!]?.rationale).toBe(`legacy ${USERS.editor}`);
  }, 120_000);
});

describe('50 raters at once on one initiative', () => {
  it('answers every call ok or CONFLICT (never INTERNAL), and the tally counts exactly the ratings that were answered ok', async () => {
    const keys = await criteria();
    const ids = raterIds(50);
    addRaters(ids);
    const frames = ids.map((id) => host.frames.create(frame(id)));
    const calls = frames.flatMap((f, n) =>
      [0, 1].map((round) =>
        host.runner.invokeResolver(f, 'issuePanel.rate', {
          ratings: [{ criterionKey: keys[round]!, rating: 1 + (n % 5), rationale: `round ${round}` }],
        }),
      ),
    );
    const answers = (await Promise.all(calls)) as Envelope<PanelData>[];
    await host.settle();
    const codes = answers.map((a) => (a.ok ? 'ok' : a.error.code));
    expect(codes.filter((c) => c !== 'ok' && c !== 'CONFLICT')).toEqual([]);
    const record = await host.runtime.run('test', 'read', undefined, undefined, () => getInitiative(issueId()));
    const counted = (key: string) => (record!.tally[key] ?? []).reduce((a, b) => a + b, 0);
    const before = await seededCount(keys);
    const okPerRound = [0, 1].map((round) => answers.filter((a, i) => a.ok && i % 2 === round).length);
    expect([counted(keys[0]!) - before[0]!, counted(keys[1]!) - before[1]!]).toEqual(okPerRound);
  }, 180_000);
});

/** Ratings the seed gave CSI-6 on the first two criteria (a fresh host, read the same way). */
async function seededCount(keys: string[]): Promise<number[]> {
  const fresh = await seededHost();
  try {
    const id = String(fresh.store.issues.find(ISSUE)!.id);
    const record = await fresh.runtime.run('test', 'read', undefined, undefined, () => getInitiative(id));
    return keys.slice(0, 2).map((k) => (record?.tally[k] ?? []).reduce((a, b) => a + b, 0));
  } finally {
    fresh.close();
  }
}
