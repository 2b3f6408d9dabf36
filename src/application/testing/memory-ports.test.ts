import { verifyChain } from '../../domain/decision-log/verify-chain';
import { emptyPilot } from '../pilot/pilot-record';
import { newInitiative } from '../scoring/new-initiative';
import { pauseDraft } from './decision-drafts';
import { MemoryDecisions } from './memory-decisions';
import { issueFacts } from './memory-issues';
import { panelWorld } from './panel-world';

/**
 * The in-memory ports against their ports' documented contracts (the doc comments in ports.ts and
 * the repositories they stand for), so a use case tested on them behaves as on the real adapters.
 */
const id = issueFacts(1).id;
const ACTOR = { accountId: 'u-csi-admin', displayName: 'Chen Okafor' };

describe('MemoryInitiatives (InitiativesPort)', () => {
  const fresh = (w: ReturnType<typeof panelWorld>) => () => newInitiative(issueFacts(1), w.config);

  it('builds a missing record with `create` only when absent, stores it at revision 1, then moves by one per write', async () => {
    const w = panelWorld();
    let built = 0;
    const create = () => (built++, fresh(w)());
    await w.initiatives.update(id, (r) => ({ ...r, summary: 'a' }), create);
    await w.initiatives.update(id, (r) => ({ ...r, summary: 'b' }), create);
    expect(built).toBe(1);
    expect(w.initiatives.read(id)).toMatchObject({ summary: 'b', revision: 2 });
  });

  it('writes nothing when `mutate` answers undefined: a record just built stays absent', async () => {
    const w = panelWorld();
    expect(await w.initiatives.update(id, () => undefined, fresh(w))).toBeUndefined();
    expect(w.initiatives.read(id)).toBeUndefined();
    w.seed(1);
    expect((await w.initiatives.update(id, () => undefined))?.revision).toBe(1);
  });

  it('commits a request key only with its change', async () => {
    const w = panelWorld();
    w.seed(1);
    await w.initiatives.update(id, () => undefined, undefined, { requestKey: 'k-none' });
    w.faults.failNext('initiatives.update');
    await expect(
      w.initiatives.update(id, (r) => ({ ...r, summary: 'x' }), undefined, { requestKey: 'k-fail' }),
    ).rejects.toThrow();
    await w.initiatives.update(id, (r) => ({ ...r, summary: 'y' }), undefined, { requestKey: 'k-ok' });
    expect(w.requests.keys()).toEqual(['k-ok']);
    expect(w.initiatives.read(id)).toMatchObject({ summary: 'y', revision: 2 });
  });

  it('keeps a change whose answer was lost, with its request key', async () => {
    const w = panelWorld();
    w.seed(1);
    w.faults.loseNextAnswer('initiatives.update');
    await expect(
      w.initiatives.update(id, (r) => ({ ...r, summary: 'kept' }), undefined, { requestKey: 'k' }),
    ).rejects.toThrow();
    expect(w.initiatives.read(id)?.summary).toBe('kept');
    expect(await w.requests.seen('k')).toBe(true);
  });

  it('re-runs `mutate` on the fresh record when another writer committed between its read and its write', async () => {
    const w = panelWorld();
    w.seed(1);
    w.initiatives.meanwhile(
      () => void w.initiatives.put({ ...w.initiatives.read(id)!, summary: 'theirs', revision: 2 }),
    );
    const seen: string[] = [];
    await w.initiatives.update(id, (r) => (seen.push(r.summary), { ...r, openActions: r.openActions + 1 }));
    expect(seen).toEqual(['Initiative 1', 'theirs']);
    expect(w.initiatives.read(id)).toMatchObject({ summary: 'theirs', openActions: 1, revision: 3 });
  });

  it('refuses a record over the storage limit before writing anything', async () => {
    const w = panelWorld();
    w.seed(1);
    const huge = 'x'.repeat(240 * 1024);
    await expect(w.initiatives.update(id, (r) => ({ ...r, summary: huge }))).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
    expect(w.initiatives.read(id)?.revision).toBe(1);
  });

  it('hands `mutate` a copy: changing it in place stores nothing', async () => {
    const w = panelWorld();
    w.seed(1);
    await w.initiatives.update(id, (r) => {
      r.summary = 'mutated in place';
      return undefined;
    });
    expect(w.initiatives.read(id)?.summary).toBe('Initiative 1');
  });
});

describe('MemoryRatings (RatingsPort)', () => {
  it('writes the initiative and the rater entry together, or neither', async () => {
    const w = panelWorld();
    w.seed(1);
    const entry = { issueId: id, rater: ACTOR, at: 'x', ratings: {}, requestIds: [], revision: 1 };
    w.faults.failNext('initiatives.update');
    await expect(
      w.ratings.rate(id, ACTOR.accountId, (record) => Promise.resolve({ record, mine: entry })),
    ).rejects.toThrow();
    expect(w.ratings.all()).toEqual([]);
    const saved = await w.ratings.rate(id, ACTOR.accountId, (record) => Promise.resolve({ record, mine: entry }));
    expect(saved.record?.revision).toBe(2);
    expect(w.ratings.read(id, ACTOR.accountId)).toEqual(entry);
  });
});

describe('MemoryPilots (PilotsPort)', () => {
  it('starts a missing pilot empty, and writes nothing again for a committed request key', async () => {
    const w = panelWorld();
    const first = await w.pilots.update(id, 'CSI', (p) => ({ ...p, services: ['vpn'] }), { requestKey: 'k' });
    expect(first).toEqual({ ...emptyPilot(id, 'CSI'), services: ['vpn'], revision: 1 });
    const retry = await w.pilots.update(id, 'CSI', (p) => ({ ...p, services: ['other'] }), { requestKey: 'k' });
    expect(retry).toEqual(first);
  });

  it('changes an initiative and its pilot together, and needs the initiative to exist', async () => {
    const w = panelWorld();
    const none = await w.pilots.updateWithInitiative(id, (record, pilot) => Promise.resolve({ record, pilot }));
    expect(none.record).toBeUndefined();
    expect(w.pilots.read(id)).toBeUndefined();
    w.seed(1);
    const both = await w.pilots.updateWithInitiative(id, (record, pilot) =>
      Promise.resolve({ record: { ...record, openActions: 2 }, pilot: { ...pilot, services: ['vpn'] } }),
    );
    expect([both.record?.revision, both.pilot?.revision]).toEqual([2, 1]);
    expect(await w.pilots.readWithInitiative(id)).toEqual({ record: both.record, pilot: both.pilot });
  });
});

describe('MemoryDecisions (DecisionsPort)', () => {
  it('keeps a chain the domain verifier accepts, with the head it reports', async () => {
    const w = panelWorld();
    for (let n = 1; n <= 5; n += 1)
      await w.decisions.append(pauseDraft(`CSI-${n}`), ACTOR, `2026-12-0${n}T00:00:00.000Z`);
    expect(verifyChain(w.decisions.entries(), await w.decisions.head())).toMatchObject({
      status: 'verified',
      throughSeq: 5,
    });
  });

  it("answers 'other' for a request key another port committed, and undefined for an unknown one", async () => {
    const w = panelWorld();
    w.seed(1);
    await w.initiatives.update(id, (r) => ({ ...r, openActions: 1 }), undefined, { requestKey: 'k-write' });
    expect(await w.decisions.byRequest('k-write')).toBe('other');
    expect(await w.decisions.byRequest('k-unknown')).toBeUndefined();
  });

  it('finds the latest intact entry of a type about an issue, skipping one edited in storage', async () => {
    const decisions = new MemoryDecisions(panelWorld().requests);
    const first = await decisions.append(pauseDraft('CSI-1'), ACTOR, '2026-12-01T00:00:00.000Z');
    await decisions.append(pauseDraft('CSI-2'), ACTOR, '2026-12-02T00:00:00.000Z');
    await decisions.append(pauseDraft('CSI-1'), ACTOR, '2026-12-03T00:00:00.000Z');
    decisions.tamper(3, (e) => ({ ...e, rationale: 'rewritten' }));
    expect((await decisions.latestAbout('CSI', 'CSI-1', 'pause'))?.seq).toBe(first.seq);
    expect(await decisions.latestAbout('CSI', 'CSI-1', 'terminate')).toBeUndefined();
  });
});

describe('MemorySettings (settings repository)', () => {
  it('refuses a save from a stale revision when the configuration moved, and keeps admins granted meanwhile otherwise', async () => {
    const w = panelWorld();
    const read = w.settings.stored();
    const next = { ...read, config: { ...read.config, version: read.config.version + 1 } };
    await w.settings.saveCsiAdmins(['u-new']);
    expect(await w.settings.saveSettings(next)).toBe(true);
    expect(w.settings.stored()).toMatchObject({ csiAdmins: ['u-new'], config: { version: next.config.version } });
    expect(await w.settings.saveSettings(next)).toBe(false);
  });
});
