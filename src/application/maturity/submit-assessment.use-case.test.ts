import type { Rating } from '../../domain/maturity/maturity.vocabulary';
import { saveRating } from './save-rating.use-case';
import { submitAssessment } from './submit-assessment.use-case';
import { ADMIN, ASSESSOR, maturityWorld, READER, type MaturityWorld } from './testing/maturity-world';
import { rateAll } from './testing/rate-all';

const NOW = '2026-11-16T09:00:00.000Z';
const NO_GAPS = {
  governance: [],
  measurement: [],
  prioritisation: [],
  collaboration: [],
  feedback: [],
  adoption: [],
  sustainment: [],
};

/** Ratings given by id; every other criterion F. */
const ratings = (given: Record<string, Rating | null>) => (id: string) => given[id];

const submit = (w: MaturityWorld, person = ASSESSOR, period = '2026-Q3', requestId?: string) =>
  submitAssessment(w.deps, w.as(person), { period, requestId });

describe('submitAssessment', () => {
  it('freezes the assessment on the lower rating of two assessors, writes its summary and logs the decision', async () => {
    const w = maturityWorld();
    await rateAll(w, ASSESSOR, '2026-Q3');
    await rateAll(w, ADMIN, '2026-Q3', ratings({ 'gov-2': 'P', 'mea-4': 'L', 'pri-5': 'N' }));
    const answer = await submit(w);
    expect(answer.ok && answer.value.state).toBe('submitted');
    const levels = {
      governance: 1,
      measurement: 5,
      prioritisation: 4,
      collaboration: 5,
      feedback: 5,
      adoption: 5,
      sustainment: 5,
    };
    expect(w.store.stored().summary('2026-Q3')).toEqual({
      period: '2026-Q3',
      modelVersion: 1,
      submittedAt: NOW,
      submittedBy: ASSESSOR,
      levels,
      organisation: { level: 1, mean: 4.3 },
      stagnating: [],
      gaps: { ...NO_GAPS, governance: ['gov-2'], prioritisation: ['pri-5'] },
    });
    expect(w.store.stored().header('2026-Q3')).toMatchObject({
      state: 'submitted',
      submittedAt: NOW,
      submittedBy: ASSESSOR,
      seq: 1,
      decisionKey: 'request:u-assessor:maturity-assessed:2026-Q3',
    });
    expect(w.decisions.entries()).toEqual([
      expect.objectContaining({
        seq: 1,
        type: 'maturity-assessed',
        subject: null,
        summary: 'Maturity 2026-Q3: organisation level 1 (mean 4.3)',
        rationale:
          'Levels: Governance 1, Measurement 5, Prioritisation 4, Cross-team collaboration 5, Feedback loops 5, Adoption 5, Sustainment 5. Rated by 2 assessors (the lower rating stands) with model version 1.',
        actor: 'u-assessor',
        actorName: 'Ada Brandt',
        at: NOW,
        payload: {
          period: '2026-Q3',
          modelVersion: 1,
          levels,
          organisationLevel: 1,
          organisationMean: 4.3,
          stagnating: [],
          assessors: ['u-assessor', 'u-csi-admin'],
        },
      }),
    ]);
  });

  it('takes a criterion one assessor left unrated from the other assessor', async () => {
    const w = maturityWorld();
    await rateAll(w, ASSESSOR, '2026-Q3', ratings({ 'ado-1': null }));
    await saveRating(w.deps, w.as(ADMIN), {
      period: '2026-Q3',
      criterionId: 'ado-1',
      rating: 'P',
      evidence: [],
      comment: '',
    });
    expect((await submit(w)).ok).toBe(true);
    expect(w.store.stored().summary('2026-Q3')?.levels.adoption).toBe(0);
  });

  it('refuses unrated criteria, naming them in model order, and writes nothing', async () => {
    const w = maturityWorld();
    await rateAll(w, ASSESSOR, '2026-Q3', ratings({ 'sus-5': null, 'ado-1': null }));
    const before = w.store.stored().header('2026-Q3');
    const answer = await submit(w, ASSESSOR, '2026-Q3', 'req-00000010');
    expect(answer.ok ? null : answer.error).toEqual({
      code: 'INVALID_INPUT',
      reason: 'UNRATED_CRITERIA',
      message: '2 criteria are not rated yet: ado-1, sus-5.',
      fieldErrors: { 'ratings.ado-1': ['Rate this criterion.'], 'ratings.sus-5': ['Rate this criterion.'] },
    });
    expect(w.store.stored().header('2026-Q3')).toEqual(before);
    expect(w.store.stored().summaries()).toEqual([]);
    expect(w.decisions.entries()).toEqual([]);
    expect(w.requests.keys()).toEqual([]);
  });

  it.each([
    ['a caller who is not an assessor', READER, '2026-Q3', 'FORBIDDEN', 'NOT_AN_ASSESSOR'],
    ['a period nobody rated', ASSESSOR, '2026-Q2', 'PRECONDITION_FAILED', 'NO_ASSESSMENT'],
    ['a quarter that has not started', ASSESSOR, '2027-Q1', 'INVALID_INPUT', 'FUTURE_PERIOD'],
  ])('refuses %s and writes nothing', async (_case, person, period, code, reason) => {
    const w = maturityWorld();
    await rateAll(w, ASSESSOR, '2026-Q3');
    const answer = await submit(w, person, period);
    expect(answer.ok ? null : answer.error).toMatchObject({ code, reason });
    expect(w.store.stored().header('2026-Q3')?.state).toBe('draft');
    expect(w.store.stored().summaries()).toEqual([]);
    expect(w.decisions.entries()).toEqual([]);
  });

  it('refuses a second submission of the same period with CONFLICT, keeping the first', async () => {
    const w = maturityWorld();
    await rateAll(w, ASSESSOR, '2026-Q3');
    await submit(w, ASSESSOR);
    const [header, summary] = [w.store.stored().header('2026-Q3'), w.store.stored().summary('2026-Q3')];
    for (const person of [ADMIN, ASSESSOR]) {
      const again = await submit(w, person);
      expect(again.ok ? null : again.error).toEqual({
        code: 'CONFLICT',
        reason: 'ALREADY_SUBMITTED',
        message:
          'The assessment of 2026-Q3 was submitted on 2026-11-16 by Ada Brandt: a period has one submitted assessment.',
      });
    }
    expect(w.store.stored().header('2026-Q3')).toEqual(header);
    expect(w.store.stored().summary('2026-Q3')).toEqual(summary);
    expect(w.decisions.entries()).toHaveLength(1);
  });

  it('refuses when another submission commits between its read and its write', async () => {
    const w = maturityWorld();
    await rateAll(w, ASSESSOR, '2026-Q3');
    const header = w.store.stored().header('2026-Q3');
    const theirs = {
      period: '2026-Q3',
      modelVersion: 1,
      submittedAt: NOW,
      submittedBy: ADMIN,
      stagnating: [],
      gaps: NO_GAPS,
    };
    const levels = {
      governance: 5,
      measurement: 5,
      prioritisation: 5,
      collaboration: 5,
      feedback: 5,
      adoption: 5,
      sustainment: 5,
    };
    w.store.beforeNextCommit(() =>
      w.store.seed({
        header: header && {
          ...header,
          state: 'submitted',
          submittedAt: NOW,
          submittedBy: ADMIN,
          seq: 9,
          decisionKey: 'k',
        },
        summary: { ...theirs, levels, organisation: { level: 5, mean: 5 } },
      }),
    );
    const answer = await submit(w, ASSESSOR);
    expect(answer.ok ? null : answer.error).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_SUBMITTED' });
    expect(w.store.stored().summary('2026-Q3')?.submittedBy).toEqual(ADMIN);
    expect(w.decisions.entries()).toEqual([]);
  });

  it('appends the decision once when the first call died after the freeze: the submitter’s next call completes it', async () => {
    const w = maturityWorld();
    await rateAll(w, ASSESSOR, '2026-Q3');
    w.faults.failNext('decisions.append');
    await expect(submit(w, ASSESSOR)).rejects.toThrow('injected');
    expect(w.store.stored().header('2026-Q3')).toMatchObject({ state: 'submitted', seq: null });
    expect((await submit(w, ADMIN)).ok).toBe(false);
    w.clock.advance(60_000);
    expect((await submit(w, ASSESSOR)).ok).toBe(true);
    expect(w.decisions.entries()).toEqual([expect.objectContaining({ seq: 1, actor: 'u-assessor', at: NOW })]);
    expect(w.store.stored().header('2026-Q3')?.seq).toBe(1);
  });

  it.each([['maturity.submit'], ['decisions.append']])(
    'has one effect for a retried request id whose answer was lost at %s',
    async (operation) => {
      const w = maturityWorld();
      await rateAll(w, ASSESSOR, '2026-Q3');
      w.faults.loseNextAnswer(operation);
      await expect(submit(w, ASSESSOR, '2026-Q3', 'req-00000011')).rejects.toThrow('injected');
      const retry = await submit(w, ASSESSOR, '2026-Q3', 'req-00000011');
      expect(retry.ok && retry.value.result?.decisionSeq).toBe(1);
      expect(w.decisions.entries()).toHaveLength(1);
    },
  );
});

describe('submitAssessment: stagnation', () => {
  /** Three quarters, each dimension's level worked out by hand from the ratings below it. */
  const QUARTERS: [string, Record<string, Rating>][] = [
    // governance 2, measurement 1, prioritisation 5, collaboration 0, feedback 3, adoption 1, sustainment 2
    ['2026-Q2', { 'gov-3': 'P', 'mea-2': 'N', 'col-1': 'N', 'fbk-4': 'P', 'ado-2': 'P', 'sus-3': 'N' }],
    // governance 2, measurement 2, prioritisation 5, collaboration 0, feedback 2, adoption 1, sustainment 2
    ['2026-Q3', { 'gov-3': 'P', 'mea-3': 'N', 'col-1': 'N', 'fbk-3': 'N', 'ado-2': 'P', 'sus-3': 'N' }],
    // governance 2, measurement 2, prioritisation 5, collaboration 0, feedback 3, adoption 1, sustainment 3
    ['2026-Q4', { 'gov-3': 'P', 'mea-3': 'N', 'col-1': 'N', 'fbk-4': 'P', 'ado-2': 'P', 'sus-4': 'N' }],
  ];

  it('flags the dimensions flat or falling over three consecutive quarters, not those that rose or are at 5', async () => {
    const w = maturityWorld();
    for (const [period, given] of QUARTERS) {
      await rateAll(w, ASSESSOR, period, ratings(given));
      expect((await submit(w, ASSESSOR, period)).ok).toBe(true);
    }
    expect(w.store.stored().summary('2026-Q2')?.stagnating).toEqual([]);
    expect(w.store.stored().summary('2026-Q3')?.stagnating).toEqual([]);
    expect(w.store.stored().summary('2026-Q4')).toMatchObject({
      levels: {
        governance: 2,
        measurement: 2,
        prioritisation: 5,
        collaboration: 0,
        feedback: 3,
        adoption: 1,
        sustainment: 3,
      },
      stagnating: ['governance', 'collaboration', 'adoption'],
    });
    expect(w.decisions.entries().map((e) => (e.payload as { stagnating: string[] }).stagnating)).toEqual([
      [],
      [],
      ['governance', 'collaboration', 'adoption'],
    ]);
  });

  it('flags nothing when a quarter in between was not submitted', async () => {
    const w = maturityWorld();
    for (const [period, given] of [QUARTERS[0], QUARTERS[2]] as [string, Record<string, Rating>][]) {
      await rateAll(w, ASSESSOR, period, ratings(given));
      expect((await submit(w, ASSESSOR, period)).ok).toBe(true);
    }
    expect(w.store.stored().summary('2026-Q4')?.stagnating).toEqual([]);
  });
});
