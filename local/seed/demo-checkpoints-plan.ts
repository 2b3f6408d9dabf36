import { USERS } from '../product/demo-ids';
import type { CheckpointInput } from '../../src/application/pilot/checkpoint-save.use-case';
import type { CheckpointVerdict } from '../../src/domain/decision-log/decision.vocabulary';

/* The demo checkpoints' data (see demo-checkpoints.ts): what each pilot agreed and what the CAB decided. */

export const DEMO_PILOT = 'Cut P1 incident resolution time with a swarming model';
export const DEMO_NO_GO_PILOT = 'Monthly review of the top ten recurring incidents';
export const DEMO_OVERRIDE_PILOT = 'Alert noise reduction: deduplicate and route by service owner';

const mttr = (measured: number | null, requiredChangePct: number) => ({
  id: 'mttr',
  kind: 'metric' as const,
  priority: 'must' as const,
  kpiName: 'Mean time to resolve P1 incidents (h)',
  direction: 'decrease' as const,
  baseline: 6.2,
  requiredChangePct,
  measured,
});

const swarmRollback =
  'Switch P1 routing back to tiered escalation in the incident tool (rule "P1-swarm" off), tell the on-call service owners, and brief the service desk.';

export function plan(): Array<{ issue: string; checkpoint: CheckpointInput }> {
  return [
    {
      issue: DEMO_PILOT,
      checkpoint: {
        id: 'week-2',
        name: 'Week 2 review',
        dueDate: '',
        criteria: [
          mttr(5.4, 10),
          {
            id: 'owners-join',
            kind: 'manual',
            priority: 'should',
            statement: 'Service owners join the swarm within 15 minutes',
            judgement: 'met',
          },
        ],
        rollbackProcedure: swarmRollback,
      },
    },
    {
      issue: DEMO_PILOT,
      checkpoint: {
        id: 'week-6',
        name: 'Week 6 review',
        dueDate: '',
        criteria: [
          mttr(null, 20),
          {
            id: 'desk-unaided',
            kind: 'manual',
            priority: 'should',
            statement: 'The service desk starts a swarm unaided',
            judgement: 'met',
          },
        ],
        rollbackProcedure: swarmRollback,
      },
    },
    {
      issue: DEMO_PILOT,
      checkpoint: {
        id: 'week-10',
        name: 'Week 10 review',
        dueDate: '',
        criteria: [
          mttr(5.6, 25),
          {
            id: 'no-burnout',
            kind: 'manual',
            priority: 'should',
            statement: 'No service owner reports on-call overload',
            judgement: 'not-met',
          },
        ],
        rollbackProcedure: swarmRollback,
      },
    },
    {
      issue: DEMO_NO_GO_PILOT,
      checkpoint: {
        id: 'pilot-gate',
        name: 'Pilot gate',
        dueDate: '',
        criteria: [
          {
            id: 'repeats',
            kind: 'metric',
            priority: 'must',
            kpiName: 'Repeat incidents per month',
            direction: 'decrease',
            baseline: 310,
            requiredChangePct: 15,
            measured: 300,
          },
          {
            id: 'owners-attend',
            kind: 'manual',
            priority: 'must',
            statement: 'Every service owner attends the monthly review',
            judgement: 'not-met',
          },
        ],
        rollbackProcedure:
          'Cancel the monthly review series, hand the open problem records back to their queues, and archive the review board.',
      },
    },
    {
      issue: DEMO_OVERRIDE_PILOT,
      checkpoint: {
        id: 'rollout-gate',
        name: 'Rollout gate',
        dueDate: '',
        criteria: [
          {
            id: 'actionable',
            kind: 'metric',
            priority: 'must',
            kpiName: 'Actionable alerts share (%)',
            direction: 'increase',
            baseline: 22,
            requiredChangePct: 100,
            measured: 41,
          },
        ],
        rollbackProcedure:
          'Turn correlation off in the monitoring rules and route alerts to the infrastructure team again.',
      },
    },
    {
      issue: DEMO_OVERRIDE_PILOT,
      checkpoint: {
        id: 'wider-rollout',
        name: 'Wider rollout',
        dueDate: '',
        criteria: [
          {
            id: 'signed-off',
            kind: 'manual',
            priority: 'must',
            statement: 'Every service owner signed off the routing rules',
            judgement: 'not-judged',
          },
        ],
        rollbackProcedure: 'Limit correlation to the pilot services again and restore their previous routing.',
      },
    },
  ];
}

/** Due dates (days before the base date; negative: still ahead) and when each was written. */
export const DUE: Record<string, { due: number; saved: number }> = {
  'week-2': { due: 60, saved: 90 },
  'week-6': { due: 30, saved: 90 },
  'week-10': { due: -3, saved: 90 },
  'pilot-gate': { due: 20, saved: 80 },
  'rollout-gate': { due: 40, saved: 70 },
  'wider-rollout': { due: 5, saved: 45 },
};

/** The decisions, in time order: who, when, what, and why. */
export const DECISIONS: Array<{
  id: string;
  daysAgo: number;
  as: string;
  verdict: CheckpointVerdict;
  rationale: string;
}> = [
  {
    id: 'rollout-gate',
    daysAgo: 38,
    as: USERS.csiAdmin,
    verdict: 'go',
    rationale:
      'Actionable alerts nearly doubled; the gap to the target is one noisy storage service, fixed next sprint.',
  },
  {
    id: 'week-2',
    daysAgo: 58,
    as: USERS.csiAdmin,
    verdict: 'go',
    rationale: 'MTTR fell 13 % in the first two weeks and owners joined the swarm quickly.',
  },
  {
    id: 'week-6',
    daysAgo: 28,
    as: USERS.csiAdmin,
    verdict: 'hold',
    rationale: 'The MTTR export was broken for three weeks: measure again before widening.',
  },
  {
    id: 'pilot-gate',
    daysAgo: 18,
    as: USERS.csiAdmin,
    verdict: 'no-go',
    rationale: 'Repeat incidents barely moved and half the service owners never attended: stop and roll back.',
  },
  {
    id: 'wider-rollout',
    daysAgo: 3,
    as: USERS.csiAdmin,
    verdict: 'go',
    rationale: 'All but one owner signed off in the CAB meeting; the last one agreed by mail.',
  },
];
