import type { DimensionModel } from '../../domain/maturity/maturity-model';
import { getMaturitySettings } from './get-maturity-settings.use-case';
import { saveMaturityModel } from './save-model.use-case';
import { ADMIN, ASSESSOR, maturityWorld } from './testing/maturity-world';
import { smallModel } from './testing/small-model';

/** The small model with governance level 1's criteria replaced. */
const withGovernanceLevel1 = (criteria: { id: string; text: string }[]): DimensionModel[] =>
  smallModel().dimensions.map((d) =>
    d.dimension === 'governance' ? { ...d, levels: d.levels.map((l) => (l.level === 1 ? { ...l, criteria } : l)) } : d,
  );

describe('saveMaturityModel', () => {
  it('saves an edit of the version in force as the next version, with who and when', async () => {
    const w = maturityWorld();
    const dimensions = withGovernanceLevel1([{ id: 'gov-1-owner', text: '  A named owner.  ' }]);
    const answer = await saveMaturityModel(w.deps, w.as(ADMIN), { baseVersion: 1, dimensions });
    const saved = { version: 2, dimensions: withGovernanceLevel1([{ id: 'gov-1-owner', text: 'A named owner.' }]) };
    expect(answer).toEqual({
      ok: true,
      value: {
        model: saved,
        assessors: ['u-assessor'],
        people: [ASSESSOR],
        changedBy: ADMIN,
        changedAt: '2026-11-16T09:00:00.000Z',
      },
    });
    expect(w.store.stored().settings).toMatchObject({ model: saved, revision: 2 });
  });

  it('makes the first saved version 2, after the default model (version 1)', async () => {
    const w = maturityWorld({ bare: true });
    const current = await getMaturitySettings(w.deps, w.as(ADMIN));
    if (!current.ok) throw new Error('no settings');
    const dimensions = current.value.model.dimensions.map((d) => ({ ...d, levels: d.levels.slice().reverse() }));
    const answer = await saveMaturityModel(w.deps, w.as(ADMIN), { baseVersion: 1, dimensions });
    expect(answer.ok && answer.value.model.version).toBe(2);
    expect(w.store.stored().settings?.revision).toBe(1);
  });

  it.each([
    [
      'a caller who is not a CSI admin',
      ASSESSOR,
      { baseVersion: 1, dimensions: withGovernanceLevel1([{ id: 'g', text: 'x' }]) },
      'FORBIDDEN',
      'NOT_A_CSI_ADMIN',
    ],
    [
      'a level without criteria',
      ADMIN,
      { baseVersion: 1, dimensions: withGovernanceLevel1([]) },
      'INVALID_INPUT',
      'LEVEL_WITHOUT_CRITERIA',
    ],
    [
      'a criterion id used twice',
      ADMIN,
      { baseVersion: 1, dimensions: withGovernanceLevel1([{ id: 'gov-2', text: 'x' }]) },
      'INVALID_INPUT',
      'DUPLICATE_CRITERION',
    ],
    [
      'an edit of a version no longer in force',
      ADMIN,
      { baseVersion: 0, dimensions: withGovernanceLevel1([{ id: 'g', text: 'x' }]) },
      'CONFLICT',
      'MODEL_CHANGED',
    ],
    [
      'a model that changes nothing',
      ADMIN,
      { baseVersion: 1, dimensions: smallModel().dimensions },
      'INVALID_INPUT',
      'NOTHING_CHANGED',
    ],
  ])('refuses %s and changes nothing', async (_case, person, input, code, reason) => {
    const w = maturityWorld();
    const before = w.store.stored().settings;
    const answer = await saveMaturityModel(w.deps, w.as(person), { ...input, requestId: 'req-00000020' });
    expect(answer.ok ? null : answer.error).toMatchObject({ code, reason });
    expect(w.store.stored().settings).toEqual(before);
    expect(w.requests.keys()).toEqual([]);
  });

  it('says where a level without criteria is, by its path in the payload', async () => {
    const w = maturityWorld();
    const answer = await saveMaturityModel(w.deps, w.as(ADMIN), {
      baseVersion: 1,
      dimensions: withGovernanceLevel1([]),
    });
    expect(answer.ok ? null : answer.error).toMatchObject({
      message: 'Governance level 1 has no criteria: give it at least one.',
      fieldErrors: { 'dimensions.0.levels.0.criteria': ['Governance level 1 has no criteria: give it at least one.'] },
    });
  });

  it('refuses with CONFLICT when another admin saves between its read and its write', async () => {
    const w = maturityWorld();
    const stored = w.store.stored().settings;
    w.store.beforeNextCommit(() =>
      w.store.seed({ settings: stored && { ...stored, model: smallModel(2), revision: 2 } }),
    );
    const dimensions = withGovernanceLevel1([{ id: 'gov-1-owner', text: 'Mine' }]);
    const answer = await saveMaturityModel(w.deps, w.as(ADMIN), { baseVersion: 1, dimensions });
    expect(answer.ok ? null : answer.error).toMatchObject({ code: 'CONFLICT', reason: 'MODEL_CHANGED' });
    expect(w.store.stored().settings?.model).toEqual(smallModel(2));
  });

  it('has one effect for a retried request id', async () => {
    const w = maturityWorld();
    const input = {
      baseVersion: 1,
      dimensions: withGovernanceLevel1([{ id: 'gov-1-a', text: 'A' }]),
      requestId: 'req-00000021',
    };
    await saveMaturityModel(w.deps, w.as(ADMIN), input);
    const retry = await saveMaturityModel(w.deps, w.as(ADMIN), input);
    expect(retry.ok && retry.value.model.version).toBe(2);
    expect(w.store.stored().settings?.revision).toBe(2);
  });
});

describe('getMaturitySettings', () => {
  it('answers the default model (version 1) before any save, to CSI admins only', async () => {
    const w = maturityWorld({ bare: true });
    const answer = await getMaturitySettings(w.deps, w.as(ADMIN));
    expect(
      answer.ok && [answer.value.model.version, answer.value.model.dimensions.length, answer.value.assessors],
    ).toEqual([1, 7, []]);
    const refused = await getMaturitySettings(w.deps, w.as(ASSESSOR, false));
    expect(refused.ok ? null : refused.error).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_A_CSI_ADMIN' });
  });
});
