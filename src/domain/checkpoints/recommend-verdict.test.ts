import type { SuccessCriterion } from './checkpoint';
import { buildManualCriterion as manual, buildMetricCriterion as metric } from './build-success-criterion';
import { recommendVerdict } from './recommend-verdict';

const mustMet = metric({ id: 'must-met' });
const mustFailed = metric({ id: 'must-failed', measured: 9.5 });
const mustPending = metric({ id: 'must-pending', measured: null });
const mustJudgedNo = manual({ id: 'must-no', judgement: 'not-met' });
const mustUnjudged = manual({ id: 'must-unjudged', judgement: 'not-judged' });
const shouldMet = manual({ id: 'should-met', priority: 'should' });
const shouldFailed = metric({ id: 'should-failed', priority: 'should', measured: 11 });
const shouldPending = metric({ id: 'should-pending', priority: 'should', measured: null });

describe('recommendVerdict', () => {
  it.each<[string, SuccessCriterion[], 'go' | 'no-go' | 'hold', string | null]>([
    ['every must met', [mustMet, shouldMet], 'go', null],
    ['a failed must', [mustMet, mustFailed], 'no-go', 'must-failed'],
    ['a must judged not met', [mustJudgedNo, mustMet], 'no-go', 'must-no'],
    ['a failed must beside a pending one', [mustPending, mustFailed], 'no-go', 'must-failed'],
    ['the first of two failed musts', [mustJudgedNo, mustFailed], 'no-go', 'must-no'],
    ['a must not yet measured', [mustMet, mustPending], 'hold', 'must-pending'],
    ['a must not yet judged', [mustUnjudged, shouldMet], 'hold', 'must-unjudged'],
    ['failed and pending shoulds only', [mustMet, shouldFailed, shouldPending], 'go', null],
    ['shoulds only, all failed', [shouldFailed], 'go', null],
    ['no criteria', [], 'hold', null],
  ])('with %s recommends %s', (_label, criteria, verdict, decidedBy) => {
    expect(recommendVerdict(criteria)).toMatchObject({ verdict, decidedBy });
  });

  it.each<[SuccessCriterion[], string]>([
    [
      [mustMet, mustFailed, mustJudgedNo],
      'No-go: a must criterion failed: MTTR went from 10 to 9.5, a 5 % decrease; at least 15 % decrease needed (and 1 more failed).',
    ],
    [[mustPending], 'Hold: a must criterion is not settled: MTTR is not measured yet; at least 15 % decrease needed.'],
    [[mustMet, shouldMet, shouldFailed], 'Go: the must criterion is met; 1 of 2 should criteria met.'],
    [[mustMet, mustMet], 'Go: all 2 must criteria are met.'],
    [[shouldFailed], 'Go: there are no must criteria; 0 of 1 should criteria met.'],
    [[], 'Hold: the checkpoint has no criteria yet.'],
  ])('explains %j', (criteria, explanation) => {
    expect(recommendVerdict(criteria).explanation).toBe(explanation);
  });

  it('lists every judgement in order', () => {
    expect(recommendVerdict([shouldMet, mustPending]).judgements.map((j) => [j.id, j.priority, j.outcome])).toEqual([
      ['should-met', 'should', 'met'],
      ['must-pending', 'must', 'not-yet'],
    ]);
  });
});
