import type { LocalHost } from '../../local/host';
import { PROJECTS, USERS } from '../../local/product/demo-ids';
import type { Envelope } from '../../src/contracts/envelope';
import type { PanelData, RatedPanel } from '../../src/contracts/issue-panel.contract';
import { invokeAs, seededHost } from '../support/seeded-host';

/**
 * Issue 8, "Rating one criterion: at most 3 KVS operations and 1 REST call in the resolver": the
 * settings (one get, shared with the permission check), the initiative and the rater's own entry
 * in one `kvs.batchGet` (storage-reference/entities-batch), one transaction; the answer is what the
 * rating changed, not the other raters' rationales or the progress updates.
 */
let host: LocalHost;
beforeEach(async () => {
  host = await seededHost();
}, 120_000);
afterEach(() => host.close());

const ISSUE = 'CSI-6';
const frame = (accountId: string) => ({ moduleKey: 'csi-issue-panel', accountId, issueKey: ISSUE });

/** One resolver call with its KVS operations and REST calls, as the host counted them. */
async function measured<T>(accountId: string, callKey: string, payload: unknown) {
  const id = host.stats.nextId;
  const envelope = (await host.runner.invokeResolver(
    host.frames.create(frame(accountId)),
    callKey,
    payload,
  )) as Envelope<T>;
  await host.settle();
  const r = host.stats.byId(id)!;
  return { envelope, kvs: r.kvsReads + r.kvsQueries + r.kvsWrites, ops: r.kvsOps, rest: r.restReads + r.restWrites };
}

async function criteria(): Promise<string[]> {
  const { envelope } = await invokeAs<PanelData>(host, frame(USERS.editor), 'issuePanel.get', {});
  if (!envelope.ok) throw new Error(envelope.error.message);
  return envelope.data.criteria.map((c) => c.key);
}

const one = (criterionKey: string, rating: number) => ({ ratings: [{ criterionKey, rating, rationale: 'Why' }] });

describe('rating one criterion', () => {
  it('costs at most 3 KVS operations (one of them a batch get) and 1 REST call once the rater has rated', async () => {
    const [key] = await criteria();
    await measured(USERS.editor, 'issuePanel.rate', one(key!, 2));
    const c = await measured<RatedPanel>(USERS.editor, 'issuePanel.rate', one(key!, 3));
    expect(c.envelope.ok).toBe(true);
    expect(c.kvs).toBeLessThanOrEqual(3);
    expect(c.ops['batch/get']).toBe(1);
    expect(c.ops['entity/query'] ?? 0).toBe(0);
    expect(c.rest).toBeLessThanOrEqual(1);
  });

  it('answers the rater entry and the new score, without the updates or the other raters', async () => {
    const [key] = await criteria();
    const other = `u-rate-cost-other`;
    host.store.users.upsert({ accountId: other, displayName: 'Other', email: 'o@example.com', siteAdmin: false });
    host.store.projects.grant(PROJECTS.csi.id, other, ['BROWSE_PROJECTS', 'EDIT_ISSUES']);
    await measured(other, 'issuePanel.rate', one(key!, 5));
    const { envelope } = await measured<RatedPanel>(USERS.editor, 'issuePanel.rate', one(key!, 4));
    if (!envelope.ok) throw new Error(envelope.error.message);
    expect(envelope.data).not.toHaveProperty('updates');
    expect(envelope.data.myRatings[key!]).toEqual({ rating: 4, rationale: 'Why' });
    const raters = envelope.data.raterRatings.map((r) => r.rater.accountId);
    expect(raters).toContain(USERS.editor);
    expect(raters).not.toContain(other);
    // The score counts both raters: the panel, opened afresh, agrees with the answer.
    const { envelope: opened } = await invokeAs<PanelData>(host, frame(USERS.editor), 'issuePanel.get', {});
    if (!opened.ok) throw new Error(opened.error.message);
    expect(envelope.data.score).toEqual(opened.data.score);
    expect(opened.data.raterRatings.map((r) => r.rater.accountId)).toEqual(
      expect.arrayContaining([USERS.editor, other]),
    );
  });
});
