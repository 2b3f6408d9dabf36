import { issueFacts } from '../testing/memory-issues';
import { panelWorld } from '../testing/panel-world';
import { rateGridRow } from './rate-grid-row.use-case';

const id = issueFacts(1).id;

/** The panel world with Jira's answer to "may the caller browse / edit this issue". */
function world(access = { browse: true, edit: true }) {
  const w = panelWorld();
  const [a, b] = w.config.criteria;
  if (!a || !b) throw new Error('two criteria needed');
  const deps = { ...w.deps, access: () => Promise.resolve(access) };
  return { w, deps, a: a.key, b: b.key, caller: { projectKey: 'CSI', accountId: w.identity.user.accountId } };
}

describe('rateGridRow', () => {
  it('saves the valid cells, answers the refused ones keyed by cell, and returns the row with the caller’s ratings', async () => {
    const { w, deps, a, b, caller } = world();
    w.seed(1);
    const answer = await rateGridRow(deps, caller, {
      issue: id,
      ratings: [
        { criterionKey: a, rating: 4, rationale: 'clear gain' },
        { criterionKey: b, rating: 9 },
        { criterionKey: 'nope', rating: 2 },
        { criterionKey: b, rating: '3' },
      ],
    });
    expect(answer.ok && answer.value.row.myRatings).toEqual({ [a]: 4 });
    expect(answer.ok && Object.keys(answer.value.refused).sort()).toEqual([
      'ratings.1.rating',
      'ratings.2.criterionKey',
      'ratings.3.rating',
    ]);
    expect(w.ratings.read(id, caller.accountId)?.ratings).toEqual({ [a]: { rating: 4, rationale: 'clear gain' } });
  });

  it('keeps the earlier rationale of a cell given without one', async () => {
    const { w, deps, a, caller } = world();
    w.seed(1);
    await rateGridRow(deps, caller, { issue: id, ratings: [{ criterionKey: a, rating: 2, rationale: 'why two' }] });
    await rateGridRow(deps, caller, { issue: id, ratings: [{ criterionKey: a, rating: 3 }] });
    expect(w.ratings.read(id, caller.accountId)?.ratings[a]).toEqual({ rating: 3, rationale: 'why two' });
  });

  it('saves nothing when no cell is valid', async () => {
    const { w, deps, a, caller } = world();
    w.seed(1);
    const before = w.snapshot();
    const answer = await rateGridRow(deps, caller, { issue: id, ratings: [{ criterionKey: a, rating: 0 }] });
    expect(answer.ok ? 'ok' : answer.error.code).toBe('INVALID_INPUT');
    expect(w.snapshot()).toEqual(before);
  });

  it.each([
    ['an issue the app has no initiative for', { browse: true, edit: true }, false, 'NOT_FOUND'],
    ['an initiative of another project', { browse: true, edit: true }, true, 'NOT_FOUND'],
    ['an issue the caller may not browse', { browse: false, edit: false }, false, 'NOT_FOUND'],
    ['an issue the caller may browse but not edit', { browse: true, edit: false }, false, 'FORBIDDEN'],
  ])('refuses %s and writes nothing', async (name, access, otherProject, code) => {
    const { w, deps, a, caller } = world(access);
    if (!name.startsWith('an issue the app has no')) w.seed(1, (r) => (otherProject ? { ...r, projectKey: 'OPS' } : r));
    const before = w.snapshot();
    const answer = await rateGridRow(deps, caller, { issue: id, ratings: [{ criterionKey: a, rating: 3 }] });
    expect(answer.ok ? 'ok' : answer.error.code).toBe(code);
    expect(w.snapshot()).toEqual(before);
  });

  it('answers an issue the caller may not browse exactly as one that does not exist', async () => {
    const hidden = world({ browse: false, edit: false });
    hidden.w.seed(1);
    const absent = world();
    const ask = (x: ReturnType<typeof world>) =>
      rateGridRow(x.deps, x.caller, { issue: id, ratings: [{ criterionKey: x.a, rating: 3 }] });
    expect(await ask(hidden)).toEqual(await ask(absent));
  });

  it('has one effect for a retried request id', async () => {
    const { w, deps, a, caller } = world();
    w.seed(1);
    const row = { issue: id, ratings: [{ criterionKey: a, rating: 5 }], requestId: 'req-grid-1' };
    await rateGridRow(deps, caller, row);
    const after = w.snapshot();
    expect((await rateGridRow(deps, caller, row)).ok).toBe(true);
    expect(w.snapshot()).toEqual(after);
  });
});
