import { issueFacts } from '../testing/memory-issues';
import { panelWorld } from '../testing/panel-world';
import { postProgressUpdate, type UpdateInput } from './post-progress-update.use-case';

const id = issueFacts(1).id;
const input: UpdateInput = {
  whatChanged: 'Pilot group onboarded',
  next: 'Measure MTTR for two weeks',
  risks: 'Holiday staffing',
  asks: 'One more analyst',
  rag: 'amber',
};

describe('postProgressUpdate', () => {
  it('stores the update and makes it the initiative’s latest, by the calling user', async () => {
    const w = panelWorld();
    const answer = await postProgressUpdate(w.deps, w.caller(1), input, 'req-up-1');
    const latest = w.initiatives.read(id)?.latestUpdate;
    expect(latest).toMatchObject({ ...input, author: w.identity.user, at: w.clock.now() });
    expect(w.updates.all(id)).toEqual([latest]);
    expect(answer.ok && answer.value.updates.map((u) => u.id)).toEqual([latest?.id]);
  });

  it('keeps every update without request ids, the newest as the latest', async () => {
    const w = panelWorld();
    await postProgressUpdate(w.deps, w.caller(1), input);
    w.clock.advance(60_000);
    await postProgressUpdate(w.deps, w.caller(1), { ...input, rag: 'green' });
    expect(w.updates.all(id)).toHaveLength(2);
    expect(w.initiatives.read(id)?.latestUpdate?.rag).toBe('green');
  });

  it('refuses an issue whose type takes no part and writes nothing', async () => {
    const w = panelWorld();
    const before = w.snapshot();
    const answer = await postProgressUpdate(w.deps, w.caller(1, { type: 'Task' }), input, 'req-up-2');
    expect(answer.ok ? 'ok' : answer.error.code).toBe('PRECONDITION_FAILED');
    expect(w.snapshot()).toEqual(before);
  });

  it('has one effect for a retried request id', async () => {
    const w = panelWorld();
    await postProgressUpdate(w.deps, w.caller(1), input, 'req-up-3');
    const after = w.snapshot();
    w.clock.advance(5_000);
    await postProgressUpdate(w.deps, w.caller(1), input, 'req-up-3');
    expect(w.snapshot()).toEqual(after);
  });

  it('a retry stores the update record the first call lost after its initiative change committed, once', async () => {
    const w = panelWorld();
    w.faults.failNext('updates.add');
    await expect(postProgressUpdate(w.deps, w.caller(1), input, 'req-up-4')).rejects.toThrow();
    expect(w.updates.all(id)).toEqual([]);
    const revision = w.initiatives.read(id)?.revision;
    w.clock.advance(5_000);
    const retry = await postProgressUpdate(w.deps, w.caller(1), input, 'req-up-4');
    expect(w.updates.all(id)).toEqual([w.initiatives.read(id)?.latestUpdate]);
    expect(w.initiatives.read(id)?.revision).toBe(revision);
    expect(retry.ok && retry.value.updates).toHaveLength(1);
    await postProgressUpdate(w.deps, w.caller(1), input, 'req-up-4');
    expect(w.updates.all(id)).toHaveLength(1);
  });

  it('treats the same request id from another person as their own request', async () => {
    const w = panelWorld();
    await postProgressUpdate(w.deps, w.caller(1), input, 'req-up-5');
    w.identity.user = { accountId: 'u-other', displayName: 'Ona Berg' };
    w.clock.advance(1_000);
    await postProgressUpdate(w.deps, w.caller(1, { accountId: 'u-other' }), input, 'req-up-5');
    expect(
      w.updates
        .all(id)
        .map((u) => u.author.accountId)
        .sort(),
    ).toEqual(['u-editor', 'u-other']);
  });
});
