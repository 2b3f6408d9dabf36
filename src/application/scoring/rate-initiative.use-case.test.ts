import { panelWorld, EDITOR } from '../testing/panel-world';
import { issueFacts } from '../testing/memory-issues';
import { rateInitiative } from './rate-initiative.use-case';

const OTHER = { accountId: 'u-other', displayName: 'Ona Berg' };

/** Two criteria of the world's configuration, so no test depends on which ones it has. */
function criteria(w: ReturnType<typeof panelWorld>) {
  const [a, b] = w.config.criteria;
  if (!a || !b) throw new Error('the configuration needs two criteria');
  return [a.key, b.key] as const;
}

describe('rateInitiative', () => {
  it('creates the initiative from Jira on a first rating: the tally on the record, the rationales in the rater entry', async () => {
    const w = panelWorld();
    const [a, b] = criteria(w);
    const answer = await rateInitiative(w.deps, w.caller(1), [
      { criterionKey: a, rating: 4, rationale: 'Saves the desk an hour a day' },
      { criterionKey: b, rating: 2, rationale: 'Small' },
    ]);
    expect(answer.ok).toBe(true);
    const record = w.initiatives.read(issueFacts(1).id);
    expect(record).toMatchObject({ issueKey: 'CSI-1', revision: 1, raterCount: 1 });
    expect(record?.tally[a]?.[3]).toBe(1);
    expect(record?.tally[b]?.[1]).toBe(1);
    expect(record?.computed.breakdown.find((c) => c.key === a)?.rating).toBe(4);
    expect(record?.history).toHaveLength(1);
    expect(w.ratings.read(issueFacts(1).id, EDITOR.accountId)?.ratings[a]).toEqual({
      rating: 4,
      rationale: 'Saves the desk an hour a day',
    });
    expect(answer.ok && answer.value.myRatings[a]?.rating).toBe(4);
    expect(w.issues.reads).toBe(1);
  });

  it('does not read Jira or the directory again once the initiative and the rater entry exist', async () => {
    const w = panelWorld();
    const [a] = criteria(w);
    await rateInitiative(w.deps, w.caller(1), [{ criterionKey: a, rating: 3, rationale: '' }]);
    await rateInitiative(w.deps, w.caller(1), [{ criterionKey: a, rating: 5, rationale: 'Better now' }]);
    expect(w.issues.reads).toBe(1);
    expect(w.identity.calls).toBe(1);
    const record = w.initiatives.read(issueFacts(1).id);
    // The rater's earlier 3 left the tally when the 5 replaced it: one rater, one count.
    expect(record?.tally[a]).toEqual([0, 0, 0, 0, 1]);
    expect(record?.raterCount).toBe(1);
  });

  it('replaces a rater’s rating on the criteria given and keeps their others', async () => {
    const w = panelWorld();
    const [a, b] = criteria(w);
    await rateInitiative(w.deps, w.caller(1), [
      { criterionKey: a, rating: 1, rationale: 'first a' },
      { criterionKey: b, rating: 1, rationale: 'first b' },
    ]);
    await rateInitiative(w.deps, w.caller(1), [{ criterionKey: a, rating: 5, rationale: 'second a' }]);
    expect(w.ratings.read(issueFacts(1).id, EDITOR.accountId)?.ratings).toEqual({
      [a]: { rating: 5, rationale: 'second a' },
      [b]: { rating: 1, rationale: 'first b' },
    });
  });

  it('refuses a rating out of 1..5 or an unknown criterion, keyed by the payload index, and writes nothing', async () => {
    const w = panelWorld();
    const [a] = criteria(w);
    const before = w.snapshot();
    const answer = await rateInitiative(w.deps, w.caller(1), [
      { criterionKey: a, rating: 3, rationale: '' },
      { criterionKey: 'no-such-criterion', rating: 3, rationale: '' },
      { criterionKey: a, rating: 6, rationale: '' },
    ]);
    expect(answer.ok ? 'ok' : answer.error.code).toBe('INVALID_INPUT');
    expect(answer.ok ? {} : Object.keys(answer.error.fieldErrors ?? {})).toContain('ratings.1.criterionKey');
    expect(w.snapshot()).toEqual(before);
    expect(w.issues.reads).toBe(0);
  });

  it('refuses an issue whose type takes no part, whoever asks, and writes nothing', async () => {
    const w = panelWorld();
    const [a] = criteria(w);
    const before = w.snapshot();
    const answer = await rateInitiative(w.deps, w.caller(1, { type: 'Task', isCsiAdmin: true }), [
      { criterionKey: a, rating: 3, rationale: '' },
    ]);
    expect(answer.ok ? 'ok' : answer.error.code).toBe('PRECONDITION_FAILED');
    expect(w.snapshot()).toEqual(before);
  });

  it('freezes a rejected initiative: PRECONDITION_FAILED and nothing written', async () => {
    const w = panelWorld();
    const [a] = criteria(w);
    w.seed(1, (r) => ({
      ...r,
      rejection: {
        seq: 1,
        reasonCategory: 'duplicate',
        rationale: 'Covered by CSI-2',
        at: r.history[0]?.at ?? 'x',
        actor: EDITOR,
      },
    }));
    const before = w.snapshot();
    const answer = await rateInitiative(w.deps, w.caller(1), [{ criterionKey: a, rating: 3, rationale: '' }]);
    expect(answer.ok ? 'ok' : answer.error.code).toBe('PRECONDITION_FAILED');
    expect(w.snapshot()).toEqual(before);
  });

  it('has one effect for a retried request id, even after the first answer was lost', async () => {
    const w = panelWorld();
    const [a] = criteria(w);
    const rating = [{ criterionKey: a, rating: 4, rationale: 'once' }];
    w.faults.loseNextAnswer('initiatives.update');
    await expect(rateInitiative(w.deps, w.caller(1), rating, 'req-00001')).rejects.toThrow();
    const retry = await rateInitiative(w.deps, w.caller(1), rating, 'req-00001');
    expect(retry.ok && retry.value.myRatings[a]?.rating).toBe(4);
    const record = w.initiatives.read(issueFacts(1).id);
    expect(record).toMatchObject({ revision: 1, raterCount: 1 });
    expect(record?.history).toHaveLength(1);
    expect(record?.tally[a]?.[3]).toBe(1);
  });

  it('keeps both raters when another rates between its read and its write', async () => {
    const w = panelWorld();
    const [a] = criteria(w);
    w.seed(1);
    const other = { ...w.deps, identity: { currentUser: () => Promise.resolve(OTHER) } };
    w.initiatives.meanwhile(async () => {
      await rateInitiative(other, w.caller(1, { accountId: OTHER.accountId }), [
        { criterionKey: a, rating: 2, rationale: 'theirs' },
      ]);
    });
    await rateInitiative(w.deps, w.caller(1), [{ criterionKey: a, rating: 4, rationale: 'mine' }]);
    const record = w.initiatives.read(issueFacts(1).id);
    expect(record?.raterCount).toBe(2);
    expect(record?.tally[a]).toEqual([0, 1, 0, 1, 0]);
    expect(record?.raterSummaries.map((s) => s.rater.accountId).sort()).toEqual(
      [OTHER.accountId, EDITOR.accountId].sort(),
    );
    expect(w.ratings.all()).toHaveLength(2);
  });
});
