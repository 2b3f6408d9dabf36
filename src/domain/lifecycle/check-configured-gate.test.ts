import { checkConfiguredGate, type ConfiguredGateQuestion } from './check-configured-gate';
import { GATE_CONDITIONS, type GateCondition } from './gate-condition.vocabulary';
import type { GateConditionFacts } from './gate-condition-facts';

const ready: GateConditionFacts = {
  score: { complete: true, missingCriteria: [] },
  mvi: { status: 'passed', message: 'a 20 % decrease passes 15 %' },
  commitments: { confirmed: 1, requested: 0 },
  dependencyReviewDone: true,
  latestCheckpoint: { name: 'Week 4', verdict: 'go' },
};
const question: ConfiguredGateQuestion = {
  toStatus: 'Rolling Out',
  conditions: GATE_CONDITIONS,
  lifecycle: { stage: 'piloting', latestVerdict: 'go' },
  stages: [
    { stage: 'approved', status: 'Approved' },
    { stage: 'piloting', status: 'In Progress' },
    { stage: 'rolling-out', status: 'Rolling Out' },
    { stage: 'terminated', status: 'Cancelled' },
  ],
  facts: ready,
};
const ask = (facts: Partial<GateConditionFacts>, more: Partial<ConfiguredGateQuestion> = {}) =>
  checkConfiguredGate({ ...question, facts: { ...ready, ...facts }, ...more });

describe('checkConfiguredGate', () => {
  it('allows the move when every condition is met', () => {
    expect(ask({})).toEqual({ result: true });
  });

  it.each<[GateCondition, Partial<GateConditionFacts>, string]>([
    ['score-complete', { score: null }, 'rate it in the CSI panel (it has no CSI score yet)'],
    [
      'score-complete',
      { score: { complete: false, missingCriteria: ['Risk', 'Cost'] } },
      'rate Risk, Cost in the CSI panel',
    ],
    ['score-complete', { score: { complete: false, missingCriteria: [] } }, 'rate every criterion in the CSI panel'],
    [
      'mvi-passed',
      { mvi: { status: 'missing', message: '' } },
      'set a target KPI with baseline and expected value in the CSI panel',
    ],
    [
      'mvi-passed',
      { mvi: { status: 'failed', message: 'a 2 % increase is below 5 %' } },
      'the expected improvement does not pass the MVI check (a 2 % increase is below 5 %); change the target in the CSI panel',
    ],
    [
      'commitment-confirmed',
      { commitments: { confirmed: 0, requested: 0 } },
      'request a resource commitment in the CSI panel and have the service owner confirm it',
    ],
    [
      'commitment-confirmed',
      { commitments: { confirmed: 0, requested: 1 } },
      'have the service owner confirm the requested commitment (Commitments in the CSI panel)',
    ],
    [
      'commitment-confirmed',
      { commitments: { confirmed: 0, requested: 3 } },
      'have the service owner confirm one of the 3 requested commitments (Commitments in the CSI panel)',
    ],
    [
      'dependency-review-done',
      { dependencyReviewDone: false },
      'mark the dependency review done in the CSI panel (Dependencies)',
    ],
    [
      'latest-checkpoint-go',
      { latestCheckpoint: null },
      'record a go at a checkpoint in the CSI panel (no checkpoint is decided yet)',
    ],
    [
      'latest-checkpoint-go',
      { latestCheckpoint: { name: 'Week 4', verdict: 'hold' } },
      'the latest checkpoint "Week 4" is hold: record a go at a checkpoint in the CSI panel',
    ],
  ])('refuses when %s is missing (%j) and says what to do', (condition, facts, missing) => {
    expect(ask(facts)).toEqual({ result: false, errorMessage: `CSI gate: ${missing}.` });
    expect(ask(facts, { conditions: GATE_CONDITIONS.filter((c) => c !== condition) })).toEqual({ result: true });
  });

  it('lists every missing condition, in the vocabulary order', () => {
    const answer = ask(
      { dependencyReviewDone: false, score: null, latestCheckpoint: null },
      { conditions: ['latest-checkpoint-go', 'dependency-review-done', 'score-complete'] },
    );
    expect(answer.errorMessage).toBe(
      'CSI gate: rate it in the CSI panel (it has no CSI score yet); mark the dependency review done in the CSI panel (Dependencies); record a go at a checkpoint in the CSI panel (no checkpoint is decided yet).',
    );
  });

  it('checks nothing for an ungated move', () => {
    expect(ask({ score: null, dependencyReviewDone: false }, { conditions: [] })).toEqual({ result: true });
  });

  it('refuses a move the lifecycle refuses, even with no conditions', () => {
    expect(
      ask({}, { conditions: [], toStatus: 'In Progress', lifecycle: { stage: 'terminated', latestVerdict: null } }),
    ).toEqual({
      result: false,
      errorMessage:
        'CSI gate: This initiative is terminated: it cannot start the pilot. Reopen it in the CSI panel first (a recorded decision with a reason).',
    });
  });

  it('adds the missing conditions after the lifecycle refusal', () => {
    const answer = ask(
      { dependencyReviewDone: false },
      {
        toStatus: 'In Progress',
        lifecycle: { stage: 'approved', latestVerdict: 'no-go' },
        conditions: ['dependency-review-done'],
      },
    );
    expect(answer.errorMessage).toBe(
      'CSI gate: The latest checkpoint is no-go: record a go or hold at a new checkpoint in the CSI panel before you start the pilot. Also mark the dependency review done in the CSI panel (Dependencies).',
    );
  });

  it('applies only the conditions for an issue without lifecycle state', () => {
    expect(ask({}, { lifecycle: null })).toEqual({ result: true });
    expect(ask({ mvi: { status: 'missing', message: '' } }, { lifecycle: null }).result).toBe(false);
  });
});
