import { createGapIssues } from './create-gap-issues.use-case';
import { submitAssessment } from './submit-assessment.use-case';
import { ADMIN, ASSESSOR, maturityWorld, READER } from './testing/maturity-world';
import { rateAll } from './testing/rate-all';

/** 2026-Q3 submitted with governance at level 1 (gap gov-2) and prioritisation at 2 (gap pri-3; pri-4 is two levels up). */
async function submittedWorld() {
  const w = maturityWorld();
  const given: Record<string, 'P' | 'N'> = { 'gov-2': 'P', 'pri-3': 'N', 'pri-4': 'N' };
  await rateAll(w, ASSESSOR, '2026-Q3', (id) => given[id]);
  const submitted = await submitAssessment(w.deps, w.as(ASSESSOR), { period: '2026-Q3' });
  if (!submitted.ok) throw new Error(submitted.error.message);
  return w;
}

const create = (w: Awaited<ReturnType<typeof submittedWorld>>, criterionIds: string[], person = ASSESSOR) =>
  createGapIssues(w.deps, w.as(person), { period: '2026-Q3', criterionIds });

describe('createGapIssues', () => {
  it('creates one linked issue per selected gap and answers their keys', async () => {
    const w = await submittedWorld();
    const answer = await create(w, ['gov-2', 'pri-3']);
    expect(answer).toEqual({
      ok: true,
      value: {
        period: '2026-Q3',
        issues: [
          { criterionId: 'gov-2', issueKey: 'CSI-101', error: null },
          { criterionId: 'pri-3', issueKey: 'CSI-102', error: null },
        ],
      },
    });
    expect(w.gapIssues.created[0]).toEqual({
      period: '2026-Q3',
      criterionId: 'gov-2',
      dimension: 'governance',
      level: 2,
      currentLevel: 1,
      criterionText: 'governance criterion of level 2',
      summary: 'Maturity gap, Governance level 2: governance criterion of level 2',
      description:
        'The maturity assessment of 2026-Q3 found Governance at level 1.\nTo reach level 2, this criterion is not achieved yet:\n\ngovernance criterion of level 2',
    });
    expect(w.gapIssues.links).toEqual([
      { issueKey: 'CSI-101', period: '2026-Q3' },
      { issueKey: 'CSI-102', period: '2026-Q3' },
    ]);
    expect(w.store.stored().gaps('2026-Q3')).toMatchObject({
      links: { 'gov-2': 'CSI-101', 'pri-3': 'CSI-102' },
      claimedAt: null,
    });
  });

  it('creates each issue once when called twice, answering the same keys', async () => {
    const w = await submittedWorld();
    await create(w, ['gov-2']);
    const again = await create(w, ['pri-3', 'gov-2'], ADMIN);
    expect(again.ok && again.value.issues.map((i) => i.issueKey)).toEqual(['CSI-102', 'CSI-101']);
    const third = await create(w, ['gov-2', 'pri-3']);
    expect(third.ok && third.value.issues.map((i) => i.issueKey)).toEqual(['CSI-101', 'CSI-102']);
    expect(w.gapIssues.created.map((d) => d.criterionId)).toEqual(['gov-2', 'pri-3']);
  });

  it.each([
    ['a caller who is not an assessor', READER, '2026-Q3', ['gov-2'], 'FORBIDDEN', 'NOT_AN_ASSESSOR'],
    ['a period not submitted', ASSESSOR, '2026-Q2', ['gov-2'], 'PRECONDITION_FAILED', 'NOT_SUBMITTED'],
    ['an empty selection', ASSESSOR, '2026-Q3', [], 'INVALID_INPUT', 'NO_GAPS_SELECTED'],
    ['a criterion two levels up', ASSESSOR, '2026-Q3', ['gov-2', 'pri-4'], 'INVALID_INPUT', 'NOT_A_GAP'],
    ['an achieved criterion', ASSESSOR, '2026-Q3', ['gov-1'], 'INVALID_INPUT', 'NOT_A_GAP'],
  ])('refuses %s and creates nothing', async (_case, person, period, criterionIds, code, reason) => {
    const w = await submittedWorld();
    const answer = await createGapIssues(w.deps, w.as(person), { period, criterionIds });
    expect(answer.ok ? null : answer.error).toMatchObject({ code, reason });
    expect(w.gapIssues.created).toEqual([]);
    expect(w.store.stored().gaps(period)).toBeUndefined();
  });

  it('names the wrong selection by its place', async () => {
    const w = await submittedWorld();
    const answer = await create(w, ['gov-2', 'pri-4']);
    expect(answer.ok ? null : Object.keys(answer.error.fieldErrors ?? {})).toEqual(['criterionIds.1']);
  });

  it('keeps why Jira refused one, creates the others, and creates the refused one on a later call', async () => {
    const w = await submittedWorld();
    w.gapIssues.refused.add('pri-3');
    const first = await create(w, ['gov-2', 'pri-3']);
    expect(first.ok && first.value.issues).toEqual([
      { criterionId: 'gov-2', issueKey: 'CSI-101', error: null },
      { criterionId: 'pri-3', issueKey: null, error: 'Jira did not create its issue: Field "Team" is required.' },
    ]);
    w.gapIssues.refused.clear();
    const second = await create(w, ['gov-2', 'pri-3']);
    expect(second.ok && second.value.issues).toEqual([
      { criterionId: 'gov-2', issueKey: 'CSI-101', error: null },
      { criterionId: 'pri-3', issueKey: 'CSI-102', error: null },
    ]);
  });

  it('does not make a second issue when a call died after Jira made the first', async () => {
    const w = await submittedWorld();
    w.gapIssues.dieAfterCreate = true;
    await expect(create(w, ['gov-2'])).rejects.toThrow('The answer was lost');
    expect(w.store.stored().gaps('2026-Q3')).toMatchObject({ links: {}, claimedAt: null });
    const retry = await create(w, ['gov-2']);
    expect(retry.ok && retry.value.issues).toEqual([{ criterionId: 'gov-2', issueKey: 'CSI-101', error: null }]);
    expect(w.gapIssues.created).toHaveLength(1);
  });

  it('leaves the work to a call holding a fresh claim, and takes over a stale one', async () => {
    const w = await submittedWorld();
    await w.deps.maturity.updateGapIssues('2026-Q3', () => ({
      period: '2026-Q3',
      links: {},
      errors: {},
      claimedAt: w.clock.now(),
      revision: 0,
    }));
    const busy = await create(w, ['gov-2']);
    expect(busy.ok ? null : busy.error).toMatchObject({ code: 'CONFLICT', reason: 'GAP_ISSUES_IN_FLIGHT' });
    expect(w.gapIssues.created).toEqual([]);
    w.clock.advance(120_000);
    expect((await create(w, ['gov-2'])).ok).toBe(true);
    expect(w.gapIssues.created).toHaveLength(1);
  });
});
