import type { LocalHost } from '../../local/host';
import { PROJECTS, USERS } from '../../local/product/demo-ids';
import type { PanelData } from '../../src/contracts/issue-panel.contract';
import { invokeAs, seededHost } from '../support/seeded-host';

/**
 * Who rated what and why, paged (issue 8, "bounded"): 14 raters with 2,000-character rationales on
 * every criterion rate CSI-6 through the real resolver; the panel answers the latest 10 with a
 * cursor, `issuePanel.whoRated` the rest, each rater once, and a forged cursor is bad input.
 */
let host: LocalHost;
const RATERS = 14;
beforeAll(async () => {
  host = await seededHost();
  const frame = (accountId: string) => ({ moduleKey: 'csi-issue-panel', accountId, issueKey: 'CSI-6' });
  const opened = await invokeAs<PanelData>(host, frame(USERS.editor), 'issuePanel.get', {});
  if (!opened.envelope.ok) throw new Error('panel');
  const keys = opened.envelope.data.criteria.map((c) => c.key);
  for (let n = 0; n < RATERS; n += 1) {
    const accountId = `u-paging-rater-${n}`;
    host.store.users.upsert({
      accountId,
      displayName: `Rater ${n}`,
      email: `${accountId}@example.com`,
      siteAdmin: false,
    });
    host.store.projects.grant(PROJECTS.csi.id, accountId, ['BROWSE_PROJECTS', 'EDIT_ISSUES']);
    const ratings = keys.map((criterionKey, i) => ({
      criterionKey,
      rating: 1 + ((n + i) % 5),
      rationale: 'r'.repeat(2000),
    }));
    const rated = await invokeAs(host, frame(accountId), 'issuePanel.rate', { ratings });
    if (!rated.envelope.ok) throw new Error(`rater ${n} refused`);
  }
}, 180_000);
afterAll(() => host.close());

const panel = { moduleKey: 'csi-issue-panel', accountId: USERS.viewer, issueKey: 'CSI-6' };

test('the panel shows the latest 10 raters and a cursor; the pages after give the rest, each rater once', async () => {
  const opened = await invokeAs<PanelData>(host, panel, 'issuePanel.get', {});
  if (!opened.envelope.ok) throw new Error(opened.envelope.error.message);
  const first = opened.envelope.data;
  expect(first.raterRatings).toHaveLength(10);
  expect(first.raterRatings[0]!.rater.accountId).toBe(`u-paging-rater-${RATERS - 1}`);
  expect(first.moreRaters).not.toBeNull();
  const seen = first.raterRatings.map((r) => r.rater.accountId);
  let cursor = first.moreRaters;
  while (cursor) {
    const page = await invokeAs<{ raterRatings: PanelData['raterRatings']; moreRaters: string | null }>(
      host,
      panel,
      'issuePanel.whoRated',
      { cursor },
    );
    if (!page.envelope.ok) throw new Error(page.envelope.error.message);
    expect(page.writes).toEqual({ kvs: 0, rest: 0 });
    seen.push(...page.envelope.data.raterRatings.map((r) => r.rater.accountId));
    cursor = page.envelope.data.moreRaters;
  }
  const total = opened.envelope.data.score!.raterCount!;
  expect(total).toBeGreaterThanOrEqual(RATERS);
  expect(seen).toHaveLength(total);
  expect(new Set(seen).size).toBe(total);
  // The answer stays bounded: ten raters' rationales, not every rater's.
  expect(Buffer.byteLength(JSON.stringify(opened.envelope))).toBeLessThan(400_000);
});

test('a rater beyond the first page still sees their own ratings on the panel', async () => {
  const opened = await invokeAs<PanelData>(host, { ...panel, accountId: 'u-paging-rater-0' }, 'issuePanel.get', {});
  if (!opened.envelope.ok) throw new Error(opened.envelope.error.message);
  expect(Object.keys(opened.envelope.data.myRatings).length).toBeGreaterThan(0);
  expect(opened.envelope.data.raterRatings.map((r) => r.rater.accountId)).toContain('u-paging-rater-0');
});

test.each([
  ['garbage', 'not-a-cursor'],
  ['a cursor of another list', Buffer.from(JSON.stringify(['other', null, 'x'])).toString('base64url')],
])('a forged cursor (%s) is bad input, not an error', async (_name, cursor) => {
  const page = await invokeAs(host, panel, 'issuePanel.whoRated', { cursor });
  expect(page.envelope.ok).toBe(false);
  if (!page.envelope.ok) {
    expect(page.envelope.error.code).toBe('INVALID_INPUT');
    expect(page.envelope.error.fieldErrors?.cursor).toBeDefined();
  }
});
