import { checkGate, type GateFacts } from './check-gate';

const ready: GateFacts = {
  rejectionSeq: null,
  complete: true,
  missingCriteria: [],
  mvi: { status: 'passed', message: 'A 20 % decrease passes the 10 % threshold.' },
};

describe('checkGate', () => {
  it.each(['To Do', 'Under Review', 'Done', 'in progress'])('lets a move to %s through unchecked', (status) => {
    expect(checkGate(undefined, status)).toEqual({ result: true });
  });

  it.each(['In Progress', 'Rolling Out'])('lets a ready initiative into %s', (status) => {
    expect(checkGate(ready, status)).toEqual({ result: true });
  });

  it('refuses an initiative that was never scored, naming the target', () => {
    expect(checkGate(undefined, 'Rolling Out')).toEqual({
      result: false,
      errorMessage:
        'CSI gate: this initiative has no CSI score yet. Rate it in the CSI panel before moving it to Rolling Out.',
    });
  });

  it.each<[string, Partial<GateFacts>, string]>([
    ['a rejection', { rejectionSeq: 7 }, 'CSI gate: it was rejected (decision #7).'],
    ['unrated criteria', { complete: false, missingCriteria: ['Risk', 'Cost'] }, 'CSI gate: rate Risk, Cost.'],
    ['an incomplete score without names', { complete: false }, 'CSI gate: rate every criterion.'],
    [
      'a missing KPI',
      { mvi: { status: 'missing', message: '' } },
      'CSI gate: set a target KPI with baseline and expected value.',
    ],
    [
      'a failing MVI',
      { mvi: { status: 'failed', message: 'a 2 % increase is below 5 %' } },
      'CSI gate: the expected improvement does not pass the MVI check (a 2 % increase is below 5 %).',
    ],
  ])('refuses %s and says so', (_label, change, message) => {
    expect(checkGate({ ...ready, ...change }, 'In Progress')).toEqual({ result: false, errorMessage: message });
  });

  it('lists every reason at once, in a fixed order', () => {
    const facts: GateFacts = {
      rejectionSeq: 3,
      complete: false,
      missingCriteria: ['Risk'],
      mvi: { status: 'missing', message: '' },
    };
    expect(checkGate(facts, 'In Progress').errorMessage).toBe(
      'CSI gate: it was rejected (decision #3); rate Risk; set a target KPI with baseline and expected value.',
    );
  });
});
