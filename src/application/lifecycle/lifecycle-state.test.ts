import { defaultScoringConfig } from '../../domain/scoring/default-scoring-config';
import type { StageStatusMap } from '../../domain/lifecycle/stage-status-map';
import type { InitiativeRecord } from '../initiative-record';
import { newInitiative } from '../scoring/new-initiative';
import { lifecycleOf, moveLifecycle } from './lifecycle-state';

const STAGES: StageStatusMap = [
  { stage: 'under-review', status: 'Under Review' },
  { stage: 'approved', status: 'Approved' },
  { stage: 'piloting', status: 'In Progress' },
  { stage: 'rejected', status: 'Rejected' },
];
const AT = '2026-12-02T09:00:00.000Z';
const base = (over: Partial<InitiativeRecord> = {}): InitiativeRecord => ({
  ...newInitiative(
    {
      id: '1',
      key: 'CSI-1',
      projectKey: 'CSI',
      summary: 's',
      status: 'Under Review',
      statusCategory: 'new',
      issueType: 'Improvement',
      owner: null,
    },
    defaultScoringConfig(),
  ),
  ...over,
});
const actor = { accountId: 'u', displayName: 'U' };

describe('lifecycleOf (older records)', () => {
  it.each<[string, Partial<InitiativeRecord>, string]>([
    ['a rejection', { rejection: { seq: 3, reasonCategory: 'other', rationale: 'r', at: AT, actor } }, 'rejected'],
    ['a pause', { decisions: [{ seq: 4, type: 'pause', summary: 'p', at: AT, actor }] }, 'paused'],
    ['a termination', { decisions: [{ seq: 4, type: 'terminate', summary: 't', at: AT, actor }] }, 'terminated'],
    [
      'a resume after a pause',
      {
        status: 'In Progress',
        statusCategory: 'indeterminate',
        decisions: [
          { seq: 5, type: 'resume', summary: 'r', at: AT, actor },
          { seq: 4, type: 'pause', summary: 'p', at: AT, actor },
        ],
      },
      'piloting',
    ],
    ['a mapped status', { status: 'Approved', statusCategory: 'new' }, 'approved'],
    ['an unmapped "new" status', { status: 'Backlog', statusCategory: 'new' }, 'under-review'],
    ['an unmapped "indeterminate" status', { status: 'Doing', statusCategory: 'indeterminate' }, 'piloting'],
    ['an unmapped "done" status', { status: 'Closed', statusCategory: 'done' }, 'done'],
  ])('derives the stage from %s', (_what, over, stage) => {
    expect(lifecycleOf(base(over), STAGES).stage).toBe(stage);
  });

  it('keeps the stored lifecycle over anything derived', () => {
    const lifecycle = { stage: 'terminated' as const, since: AT, latestVerdict: null };
    expect(lifecycleOf(base({ lifecycle, status: 'In Progress' }), STAGES)).toBe(lifecycle);
  });

  it('reads the latest verdict from the checkpoint copy', () => {
    expect(lifecycleOf(base({ latestCheckpoint: 'Week 4: NO-GO' }), STAGES).latestVerdict).toBe('no-go');
  });
});

describe('moveLifecycle', () => {
  it('rejects with a reason and points Jira at the mapped status', () => {
    const moved = moveLifecycle(base(), 'rejected', { reason: 'Duplicate', at: AT, stages: STAGES });
    expect(moved).toMatchObject({
      ok: true,
      value: { lifecycle: { stage: 'rejected', since: AT, latestVerdict: null, jiraStatus: 'Rejected' } },
    });
  });

  it('refuses without a reason and changes nothing', () => {
    const record = base();
    expect(moveLifecycle(record, 'rejected', { at: AT, stages: STAGES })).toMatchObject({
      ok: false,
      error: { code: 'REASON_REQUIRED' },
    });
    expect(record.lifecycle).toBeUndefined();
  });

  it('remembers the paused stage and returns to it, leaving an unmapped stage out of Jira', () => {
    const piloting = base({ lifecycle: { stage: 'piloting', since: AT, latestVerdict: 'go' } });
    const paused = moveLifecycle(piloting, 'paused', { reason: 'Staff away', at: AT, stages: STAGES });
    if (!paused.ok) throw new Error(paused.error.message);
    expect(paused.value.lifecycle).toEqual({ stage: 'paused', pausedFrom: 'piloting', since: AT, latestVerdict: 'go' });
    const later = '2026-12-09T09:00:00.000Z';
    const resumed = moveLifecycle(paused.value, 'resumed', { reason: 'Back', at: later, stages: STAGES });
    expect(resumed.ok && resumed.value.lifecycle).toEqual({
      stage: 'piloting',
      since: later,
      latestVerdict: 'go',
      jiraStatus: 'In Progress',
    });
  });

  it('sets the verdict of a checkpoint event, keeping `since` when the stage stays', () => {
    const piloting = base({ lifecycle: { stage: 'piloting', since: AT, latestVerdict: 'go' } });
    const held = moveLifecycle(piloting, 'checkpoint-hold', { at: '2026-12-10T00:00:00.000Z', stages: STAGES });
    expect(held.ok && held.value.lifecycle).toEqual({
      stage: 'piloting',
      since: AT,
      latestVerdict: 'hold',
      jiraStatus: 'In Progress',
    });
    const noGo = moveLifecycle(piloting, 'checkpoint-no-go', { at: AT, stages: STAGES });
    expect(noGo.ok && noGo.value.lifecycle).toMatchObject({ stage: 'approved', latestVerdict: 'no-go' });
  });

  it('refuses to start a terminated initiative', () => {
    const terminated = base({ lifecycle: { stage: 'terminated', since: AT, latestVerdict: null } });
    expect(moveLifecycle(terminated, 'pilot-started', { at: AT, stages: STAGES })).toMatchObject({
      ok: false,
      error: { code: 'LIFECYCLE_REFUSED' },
    });
  });
});
