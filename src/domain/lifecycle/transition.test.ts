import { LIFECYCLE_EVENTS, type LifecycleEvent } from './lifecycle-event.vocabulary';
import { LIFECYCLE_STAGES, type LifecycleStage } from './lifecycle-stage.vocabulary';
import { transition, type LifecycleFacts } from './transition';

const X = null; // refused
// prettier-ignore
const EVENT_ORDER: LifecycleEvent[] = [
  'submitted', 'approved', 'rejected', 'pilot-started', 'checkpoint-go', 'checkpoint-no-go', 'checkpoint-hold',
  'rollout-started', 'delivered', 'pir-started', 'closed', 'paused', 'resumed', 'terminated', 'reopened',
];

/** Written out by hand, one row per stage, one column per event in EVENT_ORDER (facts: FACTS below). */
// prettier-ignore
const EXPECTED: Record<LifecycleStage, (LifecycleStage | null)[]> = {
  //             submitted       approved    rejected    pilot       cp-go          cp-no-go    cp-hold        rollout        delivered pir            closed    paused    resumed     terminated    reopened
  proposed:      ['under-review', X,          'rejected', X,          X,             X,          X,             X,             X,        X,             X,        X,        X,          X,            X],
  'under-review':[X,              'approved', 'rejected', X,          X,             X,          X,             X,             X,        X,             X,        X,        X,          X,            X],
  approved:      [X,              X,          X,          'piloting', 'approved',    'approved', 'approved',    X,             X,        X,             X,        'paused', X,          'terminated', X],
  piloting:      [X,              X,          X,          X,          'piloting',    'approved', 'piloting',    'rolling-out', X,        X,             X,        'paused', X,          'terminated', X],
  'rolling-out': [X,              X,          X,          X,          'rolling-out', 'approved', 'rolling-out', X,             'done',   X,             X,        'paused', X,          'terminated', X],
  done:          [X,              X,          X,          X,          X,             X,          X,             X,             X,        'post-review', 'closed', X,        X,          X,            X],
  'post-review': [X,              X,          X,          X,          X,             X,          X,             X,             X,        X,             'closed', X,        X,          X,            X],
  closed:        [X,              X,          X,          X,          X,             X,          X,             X,             X,        X,             X,        X,        X,          X,            X],
  rejected:      [X,              X,          X,          X,          X,             X,          X,             X,             X,        X,             X,        X,        X,          X,            'under-review'],
  paused:        [X,              X,          X,          X,          X,             X,          X,             X,             X,        X,             X,        X,        'piloting', 'terminated', X],
  terminated:    [X,              X,          X,          X,          X,             X,          X,             X,             X,        X,             X,        X,        X,          X,            'under-review'],
};

const FACTS: LifecycleFacts = {
  reason: 'Agreed at the CAB on 2 December',
  latestVerdict: null,
  pausedFrom: 'piloting',
};

const PAIRS = LIFECYCLE_STAGES.flatMap((stage) =>
  EVENT_ORDER.map((event, column) => [stage, event, EXPECTED[stage][column] ?? 'refused'] as const),
);

describe('transition', () => {
  it('has a hand-written outcome for every stage and every event', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...LIFECYCLE_STAGES].sort());
    expect([...EVENT_ORDER].sort()).toEqual([...LIFECYCLE_EVENTS].sort());
    for (const row of Object.values(EXPECTED)) expect(row).toHaveLength(LIFECYCLE_EVENTS.length);
    expect(PAIRS).toHaveLength(LIFECYCLE_STAGES.length * LIFECYCLE_EVENTS.length);
  });

  it.each(PAIRS)('from %s, %s leads to %s', (stage, event, expected) => {
    const result = transition(stage, event, FACTS);
    if (expected === 'refused') {
      expect(result).toMatchObject({ ok: false, error: { code: 'LIFECYCLE_REFUSED' } });
    } else {
      expect(result).toEqual({ ok: true, value: expected });
    }
  });

  it.each<[LifecycleStage, LifecycleEvent, string]>([
    [
      'rejected',
      'pilot-started',
      'This initiative is rejected: it cannot start the pilot. Reopen it in the CSI panel first (a recorded decision with a reason).',
    ],
    [
      'paused',
      'rollout-started',
      'This initiative is paused: it cannot start the rollout. Resume it in the CSI panel first (a recorded decision with a reason).',
    ],
    [
      'closed',
      'reopened',
      'This initiative is closed: it cannot reopen it. Nothing more happens to a closed initiative; propose a new one instead.',
    ],
    [
      'under-review',
      'pilot-started',
      'This initiative is under review: it cannot start the pilot. From here you can approve it, reject it.',
    ],
  ])('from %s, refuses %s and says what to do', (stage, event, message) => {
    expect(transition(stage, event, FACTS)).toEqual({ ok: false, error: { code: 'LIFECYCLE_REFUSED', message } });
  });

  it.each<[LifecycleStage, LifecycleEvent]>([
    ['under-review', 'rejected'],
    ['proposed', 'rejected'],
    ['approved', 'paused'],
    ['paused', 'resumed'],
    ['piloting', 'terminated'],
    ['terminated', 'reopened'],
  ])('from %s, %s needs a reason with visible text', (stage, event) => {
    for (const reason of [undefined, '', '   ', '\u200B\uFEFF']) {
      const result = transition(stage, event, { ...FACTS, reason });
      expect(result).toMatchObject({ ok: false, error: { code: 'REASON_REQUIRED' } });
      if (!result.ok) expect(result.error.message).toMatch(/^Give a reason to /);
    }
  });

  it('does not ask for a reason to submit, approve or start', () => {
    expect(transition('proposed', 'submitted')).toEqual({ ok: true, value: 'under-review' });
    expect(transition('under-review', 'approved')).toEqual({ ok: true, value: 'approved' });
    expect(transition('approved', 'pilot-started')).toEqual({ ok: true, value: 'piloting' });
  });

  it.each<[LifecycleStage, LifecycleEvent, LifecycleFacts]>([
    ['approved', 'pilot-started', {}],
    ['piloting', 'rollout-started', {}],
    ['paused', 'resumed', { reason: 'Staff back', pausedFrom: 'rolling-out' }],
  ])('from %s, refuses %s while the latest checkpoint is no-go', (stage, event, facts) => {
    expect(transition(stage, event, { ...facts, latestVerdict: 'no-go' })).toMatchObject({
      ok: false,
      error: {
        code: 'CHECKPOINT_NO_GO',
        message: expect.stringMatching(/^The latest checkpoint is no-go: record a go or hold/),
      },
    });
    expect(transition(stage, event, { ...facts, latestVerdict: 'hold' }).ok).toBe(true);
  });

  it('records checkpoint decisions in a pilot whatever the previous verdict', () => {
    expect(transition('piloting', 'checkpoint-go', { latestVerdict: 'no-go' })).toEqual({
      ok: true,
      value: 'piloting',
    });
    expect(transition('approved', 'checkpoint-go', { latestVerdict: 'no-go' })).toEqual({
      ok: true,
      value: 'approved',
    });
  });

  it.each<[LifecycleStage | undefined, LifecycleStage]>([
    ['approved', 'approved'],
    ['piloting', 'piloting'],
    ['rolling-out', 'rolling-out'],
    [undefined, 'approved'],
    ['terminated', 'approved'],
    ['closed', 'approved'],
  ])('resumes an initiative paused from %s into %s', (pausedFrom, expected) => {
    expect(transition('paused', 'resumed', { reason: 'Back on track', pausedFrom })).toEqual({
      ok: true,
      value: expected,
    });
  });
});
