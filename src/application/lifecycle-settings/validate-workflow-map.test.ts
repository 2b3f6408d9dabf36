import { gateRulesFor } from './gate-rules-for';
import type { StoredWorkflowMap } from './lifecycle-settings.ports';
import { validateWorkflowMap, type WorkflowMapDraft } from './validate-workflow-map';

const STATUSES = ['To Do', 'In Progress', 'Done'];
const draft = (over: Partial<WorkflowMapDraft> = {}): WorkflowMapDraft => ({
  projectKey: 'CSI',
  stages: [{ stage: 'piloting', status: 'In Progress' }],
  gates: [{ status: 'In Progress', conditions: ['score-complete'] }],
  ...over,
});

describe('validateWorkflowMap', () => {
  it.each<[string, Partial<WorkflowMapDraft>, string]>([
    ['an unknown status', { stages: [{ stage: 'piloting', status: 'Piloting' }] }, 'stages.0.status'],
    [
      'a status mapped to two stages',
      {
        stages: [
          { stage: 'done', status: 'Done' },
          { stage: 'closed', status: 'Done' },
        ],
      },
      'stages.1.status',
    ],
    [
      'a stage mapped twice',
      {
        stages: [
          { stage: 'done', status: 'Done' },
          { stage: 'done', status: 'To Do' },
        ],
      },
      'stages.1.stage',
    ],
    ['an unknown gated status', { gates: [{ status: 'Live', conditions: ['mvi-passed'] }] }, 'gates.0.status'],
    ['a gate without conditions', { gates: [{ status: 'Done', conditions: [] }] }, 'gates.0.conditions'],
    [
      'a condition twice',
      { gates: [{ status: 'Done', conditions: ['mvi-passed', 'mvi-passed'] }] },
      'gates.0.conditions.1',
    ],
  ])('refuses %s at its field', (_what, over, field) => {
    const result = validateWorkflowMap(draft(over), STATUSES);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(result.ok ? [] : Object.keys(result.error.fieldErrors ?? {})).toEqual([field]);
  });

  it('orders stages as the lifecycle and gates as the workflow list them', () => {
    const result = validateWorkflowMap(
      draft({
        stages: [
          { stage: 'done', status: 'Done' },
          { stage: 'proposed', status: 'To Do' },
        ],
        gates: [
          { status: 'Done', conditions: ['mvi-passed'] },
          { status: 'In Progress', conditions: ['score-complete'] },
        ],
      }),
      STATUSES,
    );
    expect(result.ok && result.value.stages.map((s) => s.stage)).toEqual(['proposed', 'done']);
    expect(result.ok && result.value.gates.map((g) => g.status)).toEqual(['In Progress', 'Done']);
  });
});

describe('gateRulesFor', () => {
  const map = (version: number): StoredWorkflowMap => ({
    version,
    projectKey: 'CSI',
    stages: [],
    gates: [{ status: 'In Progress', conditions: ['score-complete', 'latest-checkpoint-go'] }],
    changedBy: null,
    changedAt: null,
  });
  it.each([
    [1, 'In Progress', ['score-complete', 'latest-checkpoint-go']],
    [1, 'Done', []],
    [0, 'In Progress', undefined],
  ])('version %d, into %s: %j', async (version, status, expected) => {
    expect(await gateRulesFor({ workflowMap: () => Promise.resolve(map(version)) }, status)).toEqual(expected);
  });
});
