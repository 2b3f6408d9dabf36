import { saveRating } from './save-rating.use-case';
import { setMaturityAssessors } from './set-assessors.use-case';
import { ADMIN, ASSESSOR, maturityWorld, READER } from './testing/maturity-world';

const ELEVEN = Array.from({ length: 11 }, (_, i) => `u-${i + 1}`);
const rate = { period: '2026-Q4', criterionId: 'gov-1', rating: 'F', evidence: [], comment: '' };

describe('setMaturityAssessors', () => {
  it('replaces the named assessors, each once, and the newly named may rate', async () => {
    const w = maturityWorld();
    const answer = await setMaturityAssessors(w.deps, w.as(ADMIN), { accountIds: ['u-reader', 'u-reader', 'u-2'] });
    expect(answer.ok && answer.value.assessors).toEqual(['u-reader', 'u-2']);
    expect(w.store.stored().settings).toMatchObject({ assessors: ['u-reader', 'u-2'], changedBy: ADMIN, revision: 2 });
    expect((await saveRating(w.deps, w.as(READER), rate)).ok).toBe(true);
    const dropped = await saveRating(w.deps, w.as(ASSESSOR), rate);
    expect(dropped.ok ? null : dropped.error).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_AN_ASSESSOR' });
  });

  it('names the assessors Jira knows; an account it does not know keeps its id only', async () => {
    const w = maturityWorld();
    const answer = await setMaturityAssessors(w.deps, w.as(ADMIN), { accountIds: [ASSESSOR.accountId, 'u-gone'] });
    expect(answer.ok && answer.value).toMatchObject({ assessors: [ASSESSOR.accountId, 'u-gone'], people: [ASSESSOR] });
  });

  it('accepts ten accounts, the most it names', async () => {
    const w = maturityWorld();
    const answer = await setMaturityAssessors(w.deps, w.as(ADMIN), { accountIds: ELEVEN.slice(0, 10) });
    expect(answer.ok && answer.value.assessors).toHaveLength(10);
  });

  it.each([
    ['a caller who is not a CSI admin', ASSESSOR, ['u-2'], 'FORBIDDEN', 'NOT_A_CSI_ADMIN', undefined],
    ['eleven accounts', ADMIN, ELEVEN, 'INVALID_INPUT', 'TOO_MANY_ASSESSORS', 'accountIds'],
    [
      'a value that is not an account id',
      ADMIN,
      ['u-2', 'Ada Brandt'],
      'INVALID_INPUT',
      'INVALID_ACCOUNT_ID',
      'accountIds.1',
    ],
  ])('refuses %s and changes nothing', async (_case, person, accountIds, code, reason, field) => {
    const w = maturityWorld();
    const before = w.store.stored().settings;
    const answer = await setMaturityAssessors(w.deps, w.as(person), { accountIds, requestId: 'req-00000030' });
    expect(answer.ok ? null : answer.error).toMatchObject({ code, reason });
    if (field) expect(answer.ok ? null : Object.keys(answer.error.fieldErrors ?? {})).toEqual([field]);
    expect(w.store.stored().settings).toEqual(before);
    expect(w.requests.keys()).toEqual([]);
  });

  it('has one effect for a retried request id', async () => {
    const w = maturityWorld();
    await setMaturityAssessors(w.deps, w.as(ADMIN), { accountIds: ['u-2'], requestId: 'req-00000031' });
    await setMaturityAssessors(w.deps, w.as(ADMIN), { accountIds: ['u-3'] });
    const retry = await setMaturityAssessors(w.deps, w.as(ADMIN), { accountIds: ['u-2'], requestId: 'req-00000031' });
    expect(retry.ok && retry.value.assessors).toEqual(['u-3']);
  });
});
