import { RATER_SUMMARY_LIMIT } from '../initiative-record';
import { issueFacts } from '../testing/memory-issues';
import { panelWorld } from '../testing/panel-world';
import { getPanel, RECENT_UPDATES } from './get-panel.use-case';

const id = issueFacts(1).id;

/** A rater's entry, `minutes` after 09:00 on 2 December 2026. */
function rater(n: number, minutes: number, criterionKey: string) {
  return {
    issueId: id,
    rater: { accountId: `u-${n}`, displayName: `Rater ${n}` },
    at: new Date(Date.parse('2026-12-02T09:00:00.000Z') + minutes * 60_000).toISOString(),
    ratings: { [criterionKey]: { rating: 3, rationale: `because ${n}` } },
    requestIds: [],
    revision: 1,
  };
}

describe('getPanel', () => {
  it('answers an issue the app has no record of without writing or calling Jira', async () => {
    const w = panelWorld();
    const before = w.snapshot();
    const answer = await getPanel(w.deps, w.caller(1));
    expect(answer.ok && answer.value).toMatchObject({
      participating: true,
      score: null,
      updates: [],
      raterRatings: [],
    });
    expect(w.snapshot()).toEqual(before);
    expect(w.issues.reads).toBe(0);
  });

  it('says an issue type outside the programme takes no part', async () => {
    const w = panelWorld();
    const answer = await getPanel(w.deps, w.caller(1, { type: 'Task' }));
    expect(answer.ok && answer.value.participating).toBe(false);
  });

  it(`shows the latest ${RECENT_UPDATES} progress updates, newest first`, async () => {
    const w = panelWorld();
    w.seed(1);
    for (let i = 0; i < RECENT_UPDATES + 2; i += 1) {
      const at = new Date(Date.parse('2026-11-01T00:00:00.000Z') + i * 86_400_000).toISOString();
      const author = w.identity.user;
      await w.updates.add(id, 'CSI', {
        id: `u${i}`,
        at,
        author,
        whatChanged: `step ${i}`,
        next: '',
        risks: '',
        asks: '',
        rag: 'green',
      });
    }
    const answer = await getPanel(w.deps, w.caller(1));
    const shown = answer.ok ? answer.value.updates.map((u) => u.whatChanged) : [];
    expect(shown).toHaveLength(RECENT_UPDATES);
    expect(shown[0]).toBe(`step ${RECENT_UPDATES + 1}`);
    expect(shown).not.toContain('step 0');
  });

  it('finds the viewer’s own ratings when they are older than the latest raters, and lists raters latest first', async () => {
    const w = panelWorld();
    const key = w.config.criteria[0]?.key ?? '';
    w.seed(1);
    // The viewer rated first; RATER_SUMMARY_LIMIT others rated after them.
    w.ratings.put({ ...rater(0, 0, key), rater: w.identity.user });
    for (let n = 1; n <= RATER_SUMMARY_LIMIT; n += 1) w.ratings.put(rater(n, n, key));
    const answer = await getPanel(w.deps, w.caller(1));
    expect(answer.ok && answer.value.myRatings[key]).toEqual({ rating: 3, rationale: 'because 0' });
    const raters = answer.ok ? answer.value.raterRatings.map((r) => r.rater.accountId) : [];
    expect(raters[0]).toBe(`u-${RATER_SUMMARY_LIMIT}`);
    expect(raters[raters.length - 1]).toBe(w.identity.user.accountId);
    expect(new Set(raters).size).toBe(raters.length);
  });

  it('shows another viewer none of the editor’s ratings as theirs', async () => {
    const w = panelWorld();
    const key = w.config.criteria[0]?.key ?? '';
    w.seed(1);
    w.ratings.put({ ...rater(0, 0, key), rater: w.identity.user });
    const answer = await getPanel(w.deps, w.caller(1, { accountId: 'u-viewer', canEdit: false }));
    expect(answer.ok && answer.value.myRatings).toEqual({});
    expect(answer.ok && answer.value.viewer.canRate).toBe(false);
  });
});
