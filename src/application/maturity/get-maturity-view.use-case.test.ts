import { MATURITY_DIMENSIONS } from '../../domain/maturity/maturity.vocabulary';
import { previousQuarter } from '../../domain/maturity/quarter';
import { getMaturityView } from './get-maturity-view.use-case';
import type { PeriodSummary } from './maturity-records';
import { saveRating } from './save-rating.use-case';
import { submitAssessment } from './submit-assessment.use-case';
import { ADMIN, ASSESSOR, maturityWorld, READER, type MaturityWorld } from './testing/maturity-world';
import { rateAll } from './testing/rate-all';

const allAt = (level: number) =>
  Object.fromEntries(MATURITY_DIMENSIONS.map((d) => [d, level])) as PeriodSummary['levels'];
const noGaps = () => Object.fromEntries(MATURITY_DIMENSIONS.map((d) => [d, [] as string[]])) as PeriodSummary['gaps'];

/** A submitted period's summary with every dimension at `level` (history the view only reads). */
const summaryAt = (period: string, level: number): PeriodSummary => ({
  period,
  modelVersion: 1,
  submittedAt: '2026-01-05T09:00:00.000Z',
  submittedBy: ADMIN,
  levels: allAt(level),
  organisation: { level, mean: level },
  stagnating: [],
  gaps: noGaps(),
});

/** `count` quarters before 2026-Q3 at level 1, then 2026-Q3 rated and submitted: governance 1 (gap gov-2), the rest 5. */
async function historyWorld(count: number): Promise<MaturityWorld> {
  const w = maturityWorld();
  let period = '2026-Q3';
  for (let i = 0; i < count; i += 1) {
    period = previousQuarter(period) ?? '';
    w.store.seed({ summary: summaryAt(period, 1) });
  }
  await rateAll(w, ASSESSOR, '2026-Q3', (id) => (id === 'gov-2' ? null : undefined));
  const gov2 = { period: '2026-Q3', criterionId: 'gov-2', comment: '' };
  await saveRating(w.deps, w.as(ASSESSOR), { ...gov2, rating: 'P', evidence: ['CSI-7'] });
  await saveRating(w.deps, w.as(ADMIN), { ...gov2, rating: 'L', evidence: ['CSI-7', 'confluence:123'] });
  const submitted = await submitAssessment(w.deps, w.as(ASSESSOR), { period: '2026-Q3' });
  if (!submitted.ok) throw new Error(submitted.error.message);
  return w;
}

describe('getMaturityView', () => {
  it.each([[4], [40]])(
    'reads a bounded number of records with %i quarters of history before the one shown',
    async (count) => {
      const w = await historyWorld(count);
      w.store.reads.length = 0;
      const answer = await getMaturityView(w.deps, w.as(READER));
      expect(answer.ok && answer.value.period).toBe('2026-Q3');
      expect(w.store.reads).toEqual(['getSettings', 'listSummaries', 'readAssessment', 'getGapIssues']);
    },
  );

  it('shows a submitted period to a reader: levels beside the period before, stagnation, gaps with text and evidence', async () => {
    const w = await historyWorld(2);
    const answer = await getMaturityView(w.deps, w.as(READER), { period: '2026-Q3' });
    if (!answer.ok) throw new Error(answer.error.message);
    const { result, draft, state, you, settings } = answer.value;
    expect([state, draft, you, settings]).toEqual([
      'submitted',
      null,
      { canAssess: false, canAdminister: false },
      { modelVersion: 1, assessors: null },
    ]);
    expect(result).toMatchObject({
      modelVersion: 1,
      submittedBy: ASSESSOR,
      decisionSeq: 1,
      organisation: { level: 1, mean: 4.4, previousLevel: 1, previousMean: 1 },
      comparisonPeriod: '2026-Q2',
    });
    expect(result?.dimensions[0]).toEqual({
      dimension: 'governance',
      label: 'Governance',
      level: 1,
      previousLevel: 1,
      stagnating: true,
      gaps: [
        {
          criterionId: 'gov-2',
          text: 'governance criterion of level 2',
          level: 2,
          rating: 'P',
          evidence: ['CSI-7', 'confluence:123'],
          issueKey: null,
          issueError: null,
        },
      ],
    });
    expect(result?.dimensions[1]).toMatchObject({
      dimension: 'measurement',
      level: 5,
      previousLevel: 1,
      stagnating: false,
      gaps: [],
    });
  });

  it.each([
    [undefined, ['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']],
    [3, ['2026-Q1', '2026-Q2', '2026-Q3']],
    [99, undefined],
  ])('shows a trend of the newest submitted periods, oldest first (history %p)', async (history, periods) => {
    const w = await historyWorld(39);
    const answer = await getMaturityView(w.deps, w.as(READER), { history });
    const trend = answer.ok ? answer.value.trend : [];
    if (periods) expect(trend.map((t) => t.period)).toEqual(periods);
    else expect([trend.length, trend[0]?.period, trend[39]?.period]).toEqual([40, '2016-Q4', '2026-Q3']);
    expect(trend.at(-1)).toEqual({
      period: '2026-Q3',
      organisationLevel: 1,
      mean: 4.4,
      levels: { ...allAt(5), governance: 1 },
      stagnating: ['governance'],
    });
  });

  it('shows an assessor their draft: their ratings, the app’s proposals with the facts used, the levels so far', async () => {
    const w = maturityWorld();
    await saveRating(w.deps, w.as(ASSESSOR), {
      period: '2026-Q4',
      criterionId: 'gov-1',
      rating: 'L',
      evidence: [],
      comment: '',
    });
    const answer = await getMaturityView(w.deps, w.as(ASSESSOR), { period: '2026-Q4' });
    if (!answer.ok) throw new Error(answer.error.message);
    const { draft, state } = answer.value;
    expect(state).toBe('draft');
    expect(draft?.mine).toEqual({ 'gov-1': { criterionId: 'gov-1', rating: 'L', evidence: [], comment: '' } });
    expect(draft?.proposals).toEqual({
      'fbk-3': {
        proposed: 'F',
        pct: 90,
        facts: [
          { label: 'PIRs due in the quarter', value: '10' },
          { label: 'Completed by their due date', value: '9' },
          { label: 'Share', value: '90 %' },
          { label: 'Target', value: '80 %' },
        ],
      },
    });
    expect(draft?.preview).toEqual({ organisation: { level: 0, mean: 0.1 }, levels: { ...allAt(0), governance: 1 } });
    expect([draft?.started, draft?.raters, draft?.unrated.length, draft?.unrated[0]]).toEqual([
      true,
      ['u-assessor'],
      34,
      'gov-2',
    ]);
  });

  it('shows a reader that a period is in draft, without its ratings, and counts no facts', async () => {
    const w = maturityWorld();
    await saveRating(w.deps, w.as(ASSESSOR), {
      period: '2026-Q4',
      criterionId: 'gov-1',
      rating: 'L',
      evidence: [],
      comment: '',
    });
    const answer = await getMaturityView(w.deps, w.as(READER));
    expect(answer.ok && [answer.value.period, answer.value.state, answer.value.draft, answer.value.result]).toEqual([
      '2026-Q4',
      'draft',
      null,
      null,
    ]);
    expect(w.facts.calls).toEqual([]);
  });

  it('shows an admin today’s quarter before anyone rated, with the model in force and the named assessors', async () => {
    const w = maturityWorld();
    const answer = await getMaturityView(w.deps, w.as(ADMIN));
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value).toMatchObject({
      period: '2026-Q4',
      currentQuarter: '2026-Q4',
      state: 'none',
      you: { canAssess: true, canAdminister: true },
      settings: { modelVersion: 1, assessors: ['u-assessor'] },
      trend: [],
      draft: { started: false, raters: [], mine: {}, preview: { organisation: { level: 0, mean: 0 } } },
    });
    expect(answer.value.draft?.unrated).toHaveLength(35);
  });

  it('refuses a period that is not a quarter', async () => {
    const w = maturityWorld();
    const answer = await getMaturityView(w.deps, w.as(READER), { period: 'Q3-2026' });
    expect(answer.ok ? null : answer.error).toMatchObject({ code: 'INVALID_INPUT', reason: 'INVALID_PERIOD' });
  });
});
