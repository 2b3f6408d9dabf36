import { judgeJiraTransition, type AppLifecycleState, type JiraTransitionJudgement } from './judge-jira-transition';
import type { StageStatusMap } from './stage-status-map';

const MAP: StageStatusMap = [
  { stage: 'proposed', status: 'To Do' },
  { stage: 'under-review', status: 'Under Review' },
  { stage: 'approved', status: 'Approved' },
  { stage: 'piloting', status: 'In Progress' },
  { stage: 'rolling-out', status: 'Rolling Out' },
  { stage: 'done', status: 'Done' },
  { stage: 'closed', status: 'Done' },
  { stage: 'closed', status: 'Closed' },
  { stage: 'rejected', status: 'Rejected' },
  { stage: 'paused', status: 'On Hold' },
  { stage: 'terminated', status: 'Cancelled' },
];

const at = (stage: AppLifecycleState['stage'], more: Partial<AppLifecycleState> = {}): AppLifecycleState => ({
  stage,
  latestVerdict: null,
  ...more,
});
const follows = (stage: AppLifecycleState['stage'], event: string | null): JiraTransitionJudgement =>
  ({ allowed: true, stage, event }) as JiraTransitionJudgement;
const refused = (message: string): JiraTransitionJudgement => ({ allowed: false, message });

describe('judgeJiraTransition', () => {
  it.each<[string, string, AppLifecycleState, JiraTransitionJudgement]>([
    ['a status outside the lifecycle', 'Backlog', at('under-review'), follows('under-review', null)],
    ['the status of the app stage (the app moving Jira)', 'In Progress', at('piloting'), follows('piloting', null)],
    ['submitting', 'Under Review', at('proposed'), follows('under-review', 'submitted')],
    ['approving', 'Approved', at('under-review'), follows('approved', 'approved')],
    [
      'starting the pilot',
      'In Progress',
      at('approved', { latestVerdict: 'hold' }),
      follows('piloting', 'pilot-started'),
    ],
    ['delivering', 'Done', at('rolling-out'), follows('done', 'delivered')],
    ['closing after the review, by a shared status', 'Done', at('post-review'), follows('closed', 'closed')],
    ['closing', 'Closed', at('done'), follows('closed', 'closed')],
  ])('allows %s', (_label, to, state, expected) => {
    expect(judgeJiraTransition(to, state, MAP)).toEqual(expected);
  });

  it.each<[string, string, AppLifecycleState, string]>([
    [
      'rejecting without a reason',
      'Rejected',
      at('under-review'),
      'Moving it to Rejected would reject it, a decision only the CSI panel records. Reject it in the CSI panel, which asks for a reason.',
    ],
    [
      'approving a rejected initiative',
      'Approved',
      at('rejected'),
      'This initiative is rejected: it cannot approve it. Reopen it in the CSI panel first (a recorded decision with a reason).',
    ],
    [
      'starting a terminated initiative',
      'In Progress',
      at('terminated'),
      'This initiative is terminated: it cannot start the pilot. Reopen it in the CSI panel first (a recorded decision with a reason).',
    ],
    [
      'starting after a no-go',
      'In Progress',
      at('approved', { latestVerdict: 'no-go' }),
      'The latest checkpoint is no-go: record a go or hold at a new checkpoint in the CSI panel before you start the pilot.',
    ],
    [
      'pausing',
      'On Hold',
      at('piloting'),
      'Moving it to On Hold would pause it, a decision only the CSI panel records. Pause it in the CSI panel, which asks for a reason.',
    ],
    [
      'resuming a pilot',
      'In Progress',
      at('paused', { pausedFrom: 'piloting' }),
      'Moving it to In Progress would resume it, a decision only the CSI panel records. Resume it in the CSI panel, which asks for a reason.',
    ],
    [
      'starting a pilot paused before it began',
      'In Progress',
      at('paused', { pausedFrom: 'approved' }),
      'This initiative is paused: it cannot start the pilot. Resume it in the CSI panel first (a recorded decision with a reason).',
    ],
    [
      'moving a pilot back (a no-go)',
      'Approved',
      at('piloting'),
      'Moving it to Approved would record a no-go at a checkpoint, a decision only the CSI panel records. Record the checkpoint decision in the CSI panel, which asks for a rationale.',
    ],
    [
      'skipping the rollout',
      'Done',
      at('piloting'),
      'This initiative is piloting: it cannot mark it delivered. From here you can record a go at a checkpoint, record a no-go at a checkpoint, record a hold at a checkpoint, start the rollout, pause it, terminate it.',
    ],
    [
      'going back to proposed',
      'To Do',
      at('under-review'),
      'An initiative never returns to proposed; to stop this one, reject or terminate it in the CSI panel.',
    ],
    [
      'terminating a closed initiative',
      'Cancelled',
      at('closed'),
      'This initiative is closed: it cannot terminate it. Nothing more happens to a closed initiative; propose a new one instead.',
    ],
  ])('refuses %s and says how to do it properly', (_label, to, state, message) => {
    expect(judgeJiraTransition(to, state, MAP)).toEqual(refused(message));
  });

  it('lets every move through when nothing is mapped', () => {
    expect(judgeJiraTransition('Rejected', at('under-review'), [])).toEqual(follows('under-review', null));
  });
});
