import { buildManualCriterion, buildMetricCriterion } from '../../domain/checkpoints/build-success-criterion';
import type { CheckpointDecisionRecord, CheckpointRecord } from './checkpoint-record';
import { checkpointsView, checkpointView } from './checkpoint-view';
import { emptyPilot } from './pilot-record';

const decision = (overrides: Partial<CheckpointDecisionRecord> = {}): CheckpointDecisionRecord => ({
  checkpointId: 'cp-1',
  verdict: 'go',
  recommended: 'go',
  override: false,
  rationale: 'Met',
  deciderId: 'u-a',
  deciderName: 'Ann',
  decidedAt: '2026-11-01T09:00:00.000Z',
  seq: 7,
  ...overrides,
});

const checkpoint = (overrides: Partial<CheckpointRecord> = {}): CheckpointRecord => ({
  id: 'cp-1',
  name: 'Week 4',
  dueDate: '2026-11-05',
  criteria: [buildMetricCriterion({ measured: 9.5 }), buildManualCriterion({ priority: 'should' })],
  rollbackProcedure: 'Switch back',
  decision: null,
  ...overrides,
});

const editor = { accountId: 'u-e', canEdit: true, isCsiAdmin: false };
const admin = (accountId = 'u-b') => ({ accountId, canEdit: false, isCsiAdmin: true });

describe('checkpointView', () => {
  it('shows each criterion with its outcome and the criterion that decided the recommendation', () => {
    const view = checkpointView(checkpoint(), editor);
    expect(view.criteria.map((c) => [c.id, c.outcome])).toEqual([
      ['mttr', 'not-met'],
      ['unaided', 'met'],
    ]);
    expect(view.recommendation).toMatchObject({ verdict: 'no-go', decidedBy: 'mttr', decidedByLabel: 'MTTR' });
  });

  it.each([
    ['an editor, undecided', editor, null, { edit: true, measure: true, decide: false, confirm: false }],
    ['a CSI admin, undecided', admin(), null, { edit: false, measure: false, decide: true, confirm: false }],
    ['a CSI admin, a go in effect', admin(), decision(), { decide: false, confirm: false }],
    ['a CSI admin, a hold in effect', admin(), decision({ verdict: 'hold', recommended: 'hold' }), { decide: true }],
    ['the decider of an override', admin('u-a'), decision({ override: true, recommended: 'hold' }), { confirm: false }],
    [
      'another CSI admin, an override',
      admin('u-b'),
      decision({ override: true, recommended: 'hold' }),
      { confirm: true },
    ],
    [
      'another CSI admin, a confirmed override',
      admin('u-b'),
      decision({ override: true, recommended: 'hold', confirmedBy: 'u-b' }),
      { confirm: false, decide: false },
    ],
  ])('lets %s do what the rules allow', (_who, viewer, d, can) => {
    expect(checkpointView(checkpoint({ decision: d }), viewer).can).toMatchObject(can);
  });

  it('shows a no-go in effect with its rollback issue, or what is missing; an awaiting override has none', () => {
    const noGo = decision({ verdict: 'no-go', recommended: 'no-go' });
    const view = (d: CheckpointDecisionRecord) => checkpointView(checkpoint({ decision: d }), admin()).decision;
    expect(view({ ...noGo, rollbackIssueKey: 'CSI-30' })?.rollback).toEqual({ state: 'created', issueKey: 'CSI-30' });
    expect(view({ ...noGo, rollbackError: 'Jira said no' })?.rollback).toEqual({
      state: 'missing',
      problem: 'Jira said no',
    });
    expect(view(noGo)?.rollback).toEqual({ state: 'missing', problem: null });
    expect(checkpointView(checkpoint({ decision: noGo }), admin()).can.completeRollback).toBe(true);
    const awaiting = view(decision({ verdict: 'no-go', override: true }));
    expect(awaiting).toMatchObject({ state: 'awaiting-confirmation', rollback: null });
  });
});

describe('checkpointsView', () => {
  it('lists checkpoints by due date; the verdict in effect ignores an override awaiting confirmation', () => {
    const pilot = {
      ...emptyPilot('1', 'CSI'),
      checkpoints: [
        checkpoint({
          id: 'b',
          dueDate: '2026-12-01',
          decision: decision({ verdict: 'no-go', override: true, decidedAt: '2026-12-01T00:00:00Z' }),
        }),
        checkpoint({ id: 'a', dueDate: '2026-11-01', decision: decision({ verdict: 'hold', recommended: 'hold' }) }),
      ],
    };
    const view = checkpointsView(pilot, editor);
    expect(view.items.map((c) => c.id)).toEqual(['a', 'b']);
    expect(view.latestVerdict).toBe('hold');
    expect(view.canAdd).toBe(true);
  });

  it('is empty, and only editors may add, without a stored pilot', () => {
    expect(checkpointsView(undefined, admin())).toMatchObject({ items: [], latestVerdict: null, canAdd: false });
  });
});
