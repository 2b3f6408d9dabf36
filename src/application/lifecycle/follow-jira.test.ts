import type { StageStatusMap } from '../../domain/lifecycle/stage-status-map';
import { followJira } from './follow-jira';

const STAGES: StageStatusMap = [
  { stage: 'proposed', status: 'To Do' },
  { stage: 'under-review', status: 'Under Review' },
  { stage: 'approved', status: 'Approved' },
  { stage: 'piloting', status: 'In Progress' },
  { stage: 'rolling-out', status: 'Rolling Out' },
  { stage: 'rejected', status: 'Rejected' },
];
const AT = '2026-12-02T10:00:00.000Z';
const state = (
  stage: 'approved' | 'under-review' | 'piloting' | 'terminated',
  latestVerdict: 'no-go' | null = null,
) => ({
  stage,
  since: '2026-11-01T00:00:00.000Z',
  latestVerdict,
});

describe('followJira', () => {
  it.each<[string, ReturnType<typeof state>, string, string | null]>([
    ['a move Jira may make', state('approved'), 'In Progress', 'piloting'],
    ['the status the stage already has', state('piloting'), 'In Progress', 'piloting'],
    ['two moves at once (a late event)', state('under-review'), 'In Progress', 'piloting'],
    ['a status outside the mapping', state('approved'), 'Blocked', 'approved'],
    ['a rejection (only the app decides it)', state('under-review'), 'Rejected', null],
    ['starting a terminated initiative', state('terminated'), 'In Progress', null],
    ['starting after a no-go', state('approved', 'no-go'), 'In Progress', null],
  ])('%s', (_what, before, status, expected) => {
    const moved = followJira(before, status, STAGES, AT);
    if (expected === null) expect(moved).toEqual({ followed: false, lifecycle: before });
    else expect(moved).toMatchObject({ followed: true, lifecycle: { stage: expected } });
  });

  it('moves `since` only when the stage changes, and names the status Jira shows', () => {
    expect(followJira(state('approved'), 'In Progress', STAGES, AT).lifecycle).toEqual({
      stage: 'piloting',
      since: AT,
      latestVerdict: null,
      jiraStatus: 'In Progress',
    });
    expect(followJira(state('piloting'), 'In Progress', STAGES, AT).lifecycle.since).toBe('2026-11-01T00:00:00.000Z');
  });
});
