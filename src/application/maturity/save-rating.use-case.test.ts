import { saveMaturityModel } from './save-model.use-case';
import { saveRating, type RatingInput } from './save-rating.use-case';
import { submitAssessment } from './submit-assessment.use-case';
import { ADMIN, ASSESSOR, maturityWorld, READER } from './testing/maturity-world';
import { rateAll } from './testing/rate-all';
import { smallModel } from './testing/small-model';

const rating = (over: Partial<RatingInput> = {}): RatingInput => ({
  period: '2026-Q4',
  criterionId: 'gov-1',
  rating: 'L',
  evidence: ['CSI-12', 'https://example.com/charter'],
  comment: 'The charter names the owner.',
  ...over,
});

describe('saveRating', () => {
  it('creates the period draft with the model in force on the first rating, and keeps the rating as checked', async () => {
    const w = maturityWorld();
    const answer = await saveRating(w.deps, w.as(ASSESSOR), rating({ comment: '  The charter names the owner.  ' }));
    const stored = {
      criterionId: 'gov-1',
      rating: 'L',
      evidence: ['CSI-12', 'https://example.com/charter'],
      comment: 'The charter names the owner.',
    };
    expect(answer).toEqual({
      ok: true,
      value: { period: '2026-Q4', modelVersion: 1, rating: stored, ratedByYou: 1, criteria: 35 },
    });
    expect(w.store.stored().header('2026-Q4')).toMatchObject({
      period: '2026-Q4',
      modelVersion: 1,
      state: 'draft',
      raters: ['u-assessor'],
      createdBy: ASSESSOR,
      createdAt: '2026-11-16T09:00:00.000Z',
      submittedAt: null,
      seq: null,
      revision: 1,
    });
    expect(w.store.stored().header('2026-Q4')?.model).toEqual(smallModel());
    expect(w.store.stored().ratings('2026-Q4', 'u-assessor')?.ratings).toEqual({ 'gov-1': stored });
  });

  it('lets a CSI admin rate without being named, and keeps each assessor’s ratings apart', async () => {
    const w = maturityWorld();
    await saveRating(w.deps, w.as(ASSESSOR), rating({ rating: 'F' }));
    await saveRating(w.deps, w.as(ADMIN), rating({ rating: 'P' }));
    await saveRating(w.deps, w.as(ASSESSOR), rating({ criterionId: 'gov-2', rating: 'N' }));
    expect(w.store.stored().header('2026-Q4')?.raters).toEqual(['u-assessor', 'u-csi-admin']);
    expect(w.store.stored().ratings('2026-Q4', 'u-csi-admin')?.ratings['gov-1']?.rating).toBe('P');
    expect(Object.keys(w.store.stored().ratings('2026-Q4', 'u-assessor')?.ratings ?? {})).toEqual(['gov-1', 'gov-2']);
  });

  it('refuses a caller who is neither a CSI admin nor named, before reading or writing the assessment', async () => {
    const w = maturityWorld();
    const answer = await saveRating(w.deps, w.as(READER), rating({ requestId: 'req-00000001' }));
    expect(answer.ok ? null : answer.error).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_AN_ASSESSOR' });
    expect(w.store.reads).toEqual(['getSettings']);
    expect(w.store.stored().header('2026-Q4')).toBeUndefined();
    expect(w.requests.keys()).toEqual([]);
  });

  it.each([
    ['a rating outside N/P/L/F', { rating: 'X' }, 'INVALID_INPUT', 'INVALID_RATING', 'rating'],
    [
      'an evidence link of another scheme',
      { evidence: ['CSI-1', 'javascript:alert(1)'] },
      'INVALID_INPUT',
      'INVALID_EVIDENCE_LINK',
      'evidence.1',
    ],
    [
      'eleven evidence links',
      { evidence: Array.from({ length: 11 }, (_, i) => `CSI-${i + 1}`) },
      'INVALID_INPUT',
      'TOO_MANY_EVIDENCE_LINKS',
      'evidence',
    ],
    [
      'a criterion the model does not have',
      { criterionId: 'gov-9' },
      'INVALID_INPUT',
      'UNKNOWN_CRITERION',
      'criterionId',
    ],
    ['a period that is not a quarter', { period: '2026-Q5' }, 'INVALID_INPUT', 'INVALID_PERIOD', 'period'],
    ['a quarter that has not started', { period: '2027-Q1' }, 'INVALID_INPUT', 'FUTURE_PERIOD', 'period'],
    [
      'overriding the app’s proposal (F) without a reason',
      { criterionId: 'fbk-3', rating: 'P' },
      'INVALID_INPUT',
      'OVERRIDE_REASON_REQUIRED',
      'automatic.overrideReason',
    ],
  ])('refuses %s with its own reason and writes nothing', async (_case, over, code, reason, field) => {
    const w = maturityWorld();
    const answer = await saveRating(w.deps, w.as(ASSESSOR), rating({ ...over, requestId: 'req-00000002' }));
    expect(answer.ok ? null : answer.error).toMatchObject({
      code,
      reason,
      fieldErrors: { [field]: [expect.any(String)] },
    });
    expect(w.store.stored().header('2026-Q4')).toBeUndefined();
    expect(w.store.stored().header('2026-Q3')).toBeUndefined();
    expect(w.requests.keys()).toEqual([]);
  });

  it.each([
    ['agreeing with the proposal', { rating: 'F' }, { proposed: 'F' }],
    [
      'overriding it with a reason',
      { rating: 'L', overrideReason: ' Two were late in substance. ' },
      { proposed: 'F', overrideReason: 'Two were late in substance.' },
    ],
    ['agreeing, with a reason it drops', { rating: 'F', overrideReason: 'Not needed' }, { proposed: 'F' }],
  ])('keeps the app’s proposal with a rating of an automatic criterion: %s', async (_case, over, automatic) => {
    const w = maturityWorld();
    const answer = await saveRating(w.deps, w.as(ASSESSOR), rating({ criterionId: 'fbk-3', ...over }));
    expect(answer.ok && answer.value.rating.automatic).toEqual(automatic);
    expect(w.facts.calls).toEqual(['2026-Q4']);
  });

  it('does not count the facts for a criterion without an automatic check', async () => {
    const w = maturityWorld();
    await saveRating(w.deps, w.as(ASSESSOR), rating());
    expect(w.facts.calls).toEqual([]);
  });

  it('refuses a rating of a submitted period with PRECONDITION_FAILED and changes nothing', async () => {
    const w = maturityWorld();
    await rateAll(w, ASSESSOR, '2026-Q3');
    expect((await submitAssessment(w.deps, w.as(ASSESSOR), { period: '2026-Q3' })).ok).toBe(true);
    const before = w.store.stored().ratings('2026-Q3', 'u-assessor');
    const answer = await saveRating(w.deps, w.as(ADMIN), rating({ period: '2026-Q3', rating: 'N' }));
    expect(answer.ok ? null : answer.error).toMatchObject({
      code: 'PRECONDITION_FAILED',
      reason: 'ASSESSMENT_SUBMITTED',
    });
    expect(w.store.stored().ratings('2026-Q3', 'u-assessor')).toEqual(before);
    expect(w.store.stored().ratings('2026-Q3', 'u-csi-admin')).toBeUndefined();
  });

  it('refuses when the period is submitted between its read and its write', async () => {
    const w = maturityWorld();
    await rateAll(w, ASSESSOR, '2026-Q3');
    const header = w.store.stored().header('2026-Q3');
    w.store.beforeNextCommit(() => w.store.seed({ header: header && { ...header, state: 'submitted' } }));
    const answer = await saveRating(w.deps, w.as(ASSESSOR), rating({ period: '2026-Q3', rating: 'N' }));
    expect(answer.ok ? null : answer.error).toMatchObject({
      code: 'PRECONDITION_FAILED',
      reason: 'ASSESSMENT_SUBMITTED',
    });
    expect(w.store.stored().ratings('2026-Q3', 'u-assessor')?.ratings['gov-1']?.rating).toBe('F');
  });

  it('has one effect for a retried request id: the retry writes nothing and answers what the first call stored', async () => {
    const w = maturityWorld();
    await saveRating(w.deps, w.as(ASSESSOR), rating({ rating: 'L', requestId: 'req-00000003' }));
    const retry = await saveRating(w.deps, w.as(ASSESSOR), rating({ rating: 'N', requestId: 'req-00000003' }));
    expect(retry.ok && retry.value.rating.rating).toBe('L');
    expect(w.store.stored().ratings('2026-Q4', 'u-assessor')).toMatchObject({
      revision: 1,
      ratings: { 'gov-1': { rating: 'L' } },
    });
  });

  it('keeps a draft on the model version it was started with when an admin saves a new version', async () => {
    const w = maturityWorld();
    await saveRating(w.deps, w.as(ASSESSOR), rating());
    const edited = smallModel().dimensions.map((d) =>
      d.dimension === 'governance'
        ? {
            ...d,
            levels: d.levels.map((l) => (l.level === 1 ? { ...l, criteria: [{ id: 'gov-1-new', text: 'New' }] } : l)),
          }
        : d,
    );
    expect((await saveMaturityModel(w.deps, w.as(ADMIN), { baseVersion: 1, dimensions: edited })).ok).toBe(true);
    const answer = await saveRating(w.deps, w.as(ASSESSOR), rating({ criterionId: 'gov-1', rating: 'F' }));
    expect(answer.ok && answer.value.modelVersion).toBe(1);
    expect(w.store.stored().header('2026-Q4')?.modelVersion).toBe(1);
    const fresh = await saveRating(w.deps, w.as(ASSESSOR), rating({ period: '2026-Q3', criterionId: 'gov-1-new' }));
    expect(fresh.ok && fresh.value.modelVersion).toBe(2);
  });
});
