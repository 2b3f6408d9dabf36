import { evaluateStopCriteria } from './evaluate-stop-criteria';
import type { StopCriterion, StopFacts } from './stop-criterion';
import { validateStopCriteria } from './validate-stop-criteria';

const noGain2: StopCriterion = { id: 'no-gain', kind: 'terminate-if-no-kpi-gain', checkpoints: 2 };
const below40: StopCriterion = { id: 'score', kind: 'pause-if-score-below', score: 40 };
const lapsed: StopCriterion = { id: 'lapse', kind: 'pause-if-commitment-lapsed' };
const ALL = [noGain2, below40, lapsed];

const facts: StopFacts = {
  stage: 'piloting',
  today: '2026-12-02',
  score: 62.5,
  checkpoints: [
    { name: 'Week 2', kpiGain: false },
    { name: 'Week 4', kpiGain: true },
  ],
  confirmedCommitments: [{ start: '2026-11-01', end: '2026-12-31' }],
};
const week = (name: string, kpiGain: boolean) => ({ name, kpiGain });

describe('evaluateStopCriteria', () => {
  it('triggers nothing while things go well', () => {
    expect(evaluateStopCriteria(ALL, facts)).toEqual([]);
  });

  it.each<[string, Partial<StopFacts>, string | null]>([
    [
      'two checkpoints without gain',
      { checkpoints: [week('W2', true), week('W4', false), week('W6', false)] },
      'no-gain',
    ],
    ['one checkpoint without gain', { checkpoints: [week('W2', false)] }, null],
    ['a gain at the last checkpoint', { checkpoints: [week('W2', false), week('W4', false), week('W6', true)] }, null],
    ['no checkpoints', { checkpoints: [] }, null],
    ['a score below 40', { score: 39.9 }, 'score'],
    ['a score of exactly 40', { score: 40 }, null],
    ['an incomplete score', { score: null }, null],
    ['commitments that ended', { confirmedCommitments: [{ start: '2026-10-01', end: '2026-12-01' }] }, 'lapse'],
    ['a commitment ending today', { confirmedCommitments: [{ start: '2026-10-01', end: '2026-12-02' }] }, null],
    [
      'a gap before the next commitment',
      {
        confirmedCommitments: [
          { start: '2026-10-01', end: '2026-11-30' },
          { start: '2026-12-07', end: '2026-12-31' },
        ],
      },
      null,
    ],
    ['no confirmed commitment ever', { confirmedCommitments: [] }, null],
  ])('with %s triggers %p', (_label, change, id) => {
    expect(evaluateStopCriteria(ALL, { ...facts, ...change }).map((t) => t.id)).toEqual(id === null ? [] : [id]);
  });

  it.each<[StopCriterion, Partial<StopFacts>, 'pause' | 'terminate', string]>([
    [
      noGain2,
      { checkpoints: [week('Week 4', false), week('Week 8', false)] },
      'terminate',
      'No KPI gain at the last 2 checkpoints ("Week 4", "Week 8"): decide whether to terminate it.',
    ],
    [
      { ...noGain2, checkpoints: 1 },
      { checkpoints: [week('Week 4', false)] },
      'terminate',
      'No KPI gain at the last checkpoint ("Week 4"): decide whether to terminate it.',
    ],
    [below40, { score: 35.5 }, 'pause', 'The score 35.5 is below 40: decide whether to pause it.'],
    [
      lapsed,
      {
        confirmedCommitments: [
          { start: '2026-09-01', end: '2026-10-31' },
          { start: '2026-10-01', end: '2026-11-30' },
        ],
      },
      'pause',
      'No confirmed commitment covers today; the last ended on 2026-11-30: decide whether to pause it.',
    ],
  ])('explains %j', (criterion, change, proposes, message) => {
    expect(evaluateStopCriteria([criterion], { ...facts, ...change })).toEqual([
      { id: criterion.id, kind: criterion.kind, proposes, message },
    ]);
  });

  it.each(['proposed', 'under-review', 'paused', 'terminated', 'rejected', 'done', 'post-review', 'closed'] as const)(
    'triggers nothing for an initiative %s',
    (stage) => {
      expect(
        evaluateStopCriteria(ALL, { ...facts, stage, score: 1, checkpoints: [week('a', false), week('b', false)] }),
      ).toEqual([]);
    },
  );

  it('lists several triggered criteria in declaration order', () => {
    const bad = { ...facts, score: 10, confirmedCommitments: [{ start: '2026-01-01', end: '2026-02-01' }] };
    expect(evaluateStopCriteria([lapsed, below40], bad).map((t) => t.id)).toEqual(['lapse', 'score']);
  });
});

describe('validateStopCriteria', () => {
  it('accepts the three kinds', () => {
    expect(validateStopCriteria(ALL)).toEqual({ ok: true, value: ALL });
  });

  it.each<[string, unknown[], string, RegExp]>([
    [
      'a criterion of an unknown kind',
      [{ id: 'x', kind: 'pause-if-moon-full' }],
      '0.kind',
      /^Unknown kind: use one of terminate-if-no-kpi-gain/,
    ],
    ['0 checkpoints', [{ ...noGain2, checkpoints: 0 }], '0.checkpoints', /whole number from 1 to 20/],
    ['2.5 checkpoints', [{ ...noGain2, checkpoints: 2.5 }], '0.checkpoints', /whole number/],
    ['a score above 100', [{ ...below40, score: 101 }], '0.score', /from 0 to 100/],
    ['a score as text', [{ ...below40, score: '40' }], '0.score', /from 0 to 100/],
    ['two criteria with one id', [below40, { ...lapsed, id: 'score' }], '1.id', /Another criterion/],
    ['an id with spaces', [{ ...lapsed, id: 'a b' }], '0.id', /letters, digits/],
    ['a criterion that is not an object', [null], '0', /Required/],
    ['eleven criteria', Array.from({ length: 11 }, (_, i) => ({ ...lapsed, id: `c${i}` })), 'criteria', /At most 10/],
  ])('refuses %s', (_label, criteria, path, message) => {
    const result = validateStopCriteria(criteria as StopCriterion[]);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(Object.keys(result.error.fieldErrors ?? {})).toEqual([path]);
      expect(result.error.fieldErrors?.[path]?.[0]).toMatch(message);
    }
  });
});
