import fc from 'fast-check';
import { VERDICTS, type CheckpointVerdict } from '../decision-log/decision.vocabulary';
import { propertySeeds } from '../testing/property-seeds';
import { LIFECYCLE_EVENTS, type LifecycleEvent } from './lifecycle-event.vocabulary';
import { LIFECYCLE_STAGES, type LifecycleStage } from './lifecycle-stage.vocabulary';
import { transition, type LifecycleFacts } from './transition';

const DELIVERY: readonly LifecycleStage[] = ['piloting', 'rolling-out'];
const eventArb = fc.constantFrom(...LIFECYCLE_EVENTS);
const reasonArb = fc.constantFrom(undefined, '', '  ', '\u200B', 'Agreed at the CAB');
const factsArb: fc.Arbitrary<LifecycleFacts> = fc.record(
  {
    reason: reasonArb,
    latestVerdict: fc.constantFrom<CheckpointVerdict | null>(null, ...VERDICTS),
    pausedFrom: fc.constantFrom(...LIFECYCLE_STAGES),
  },
  { requiredKeys: [] },
);

const VERDICT_OF: Partial<Record<LifecycleEvent, CheckpointVerdict>> = {
  'checkpoint-go': 'go',
  'checkpoint-no-go': 'no-go',
  'checkpoint-hold': 'hold',
};

/** Replays `steps` as the app would, keeping what it records (latest verdict, stage before a pause). */
function replay(start: LifecycleStage, steps: Array<[LifecycleEvent, string | undefined]>, check: Checker): void {
  let stage = start;
  let latestVerdict: CheckpointVerdict | null = null;
  let pausedFrom: LifecycleStage | undefined;
  let blocked = start === 'rejected' || start === 'terminated';
  for (const [event, reason] of steps) {
    const result = transition(stage, event, { reason, latestVerdict, pausedFrom });
    if (!result.ok) continue;
    if (event === 'resumed' || event === 'reopened') blocked = false;
    check({ from: stage, event, to: result.value, blocked, latestVerdict });
    if (event === 'paused') pausedFrom = stage;
    latestVerdict = VERDICT_OF[event] ?? latestVerdict;
    stage = result.value;
    if (stage === 'rejected' || stage === 'terminated') blocked = true;
  }
}

type Checker = (step: {
  from: LifecycleStage;
  event: LifecycleEvent;
  to: LifecycleStage;
  blocked: boolean;
  latestVerdict: CheckpointVerdict | null;
}) => void;

const enteringDelivery = (from: LifecycleStage, to: LifecycleStage): boolean => DELIVERY.includes(to) && from !== to;

describe.each(propertySeeds('transition'))('transition properties (seed %i)', (seed) => {
  const params = { seed, numRuns: 500 };
  const sequenceArb = fc.tuple(
    fc.constantFrom(...LIFECYCLE_STAGES),
    fc.array(fc.tuple(eventArb, reasonArb), { maxLength: 40 }),
  );

  it('never reaches piloting or rolling out from rejected or terminated without a resume or reopen', () => {
    fc.assert(
      fc.property(sequenceArb, ([start, steps]) => {
        replay(start, steps, ({ from, to, blocked }) => {
          if (enteringDelivery(from, to)) expect(blocked).toBe(false);
        });
      }),
      params,
    );
  });

  it('never enters piloting or rolling out right after a no-go', () => {
    fc.assert(
      fc.property(sequenceArb, ([start, steps]) => {
        replay(start, steps, ({ from, to, latestVerdict }) => {
          if (enteringDelivery(from, to)) expect(latestVerdict).not.toBe('no-go');
        });
      }),
      params,
    );
  });

  it('leaves rejected and terminated only by a reopen, whatever the facts claim', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<LifecycleStage>('rejected', 'terminated'),
        eventArb,
        factsArb,
        (stage, event, facts) => {
          const result = transition(stage, event, facts);
          if (event === 'reopened' && result.ok) expect(result.value).toBe('under-review');
          else expect(result.ok).toBe(false);
        },
      ),
      params,
    );
  });

  it('is total: a known stage, or a refusal with a message', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LIFECYCLE_STAGES), eventArb, factsArb, (stage, event, facts) => {
        const result = transition(stage, event, facts);
        if (result.ok) expect(LIFECYCLE_STAGES).toContain(result.value);
        else expect(result.error.message.length).toBeGreaterThan(20);
      }),
      params,
    );
  });
});
