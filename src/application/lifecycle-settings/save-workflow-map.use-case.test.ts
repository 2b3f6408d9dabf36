import { CSI_ADMIN, lifecycleSettingsWorld } from '../testing/lifecycle-settings-world';
import { saveWorkflowMap } from './save-workflow-map.use-case';
import type { WorkflowMapDraft } from './validate-workflow-map';

const draft: WorkflowMapDraft = {
  projectKey: 'CSI',
  stages: [
    { stage: 'piloting', status: 'Piloting' },
    { stage: 'proposed', status: 'To Do' },
  ],
  gates: [{ status: 'Piloting', conditions: ['score-complete'] }],
};

describe('saveWorkflowMap', () => {
  it('saves version 1 from the unsaved mapping, stamped by the admin, stages in lifecycle order', async () => {
    const w = lifecycleSettingsWorld();
    const answer = await saveWorkflowMap(w.ports, 0, draft);
    expect(w.store.workflowNow).toMatchObject({
      version: 1,
      projectKey: 'CSI',
      changedBy: CSI_ADMIN,
      changedAt: w.clock.now(),
      stages: [
        { stage: 'proposed', status: 'To Do' },
        { stage: 'piloting', status: 'Piloting' },
      ],
    });
    expect(answer.ok && answer.value).toMatchObject({ version: 1, statuses: w.store.statuses.CSI });
  });

  it.each([
    ['a status the workflow does not have', { stages: [{ stage: 'piloting' as const, status: 'Pilot' }] }],
    [
      'a status mapped to two stages',
      {
        stages: [
          { stage: 'piloting' as const, status: 'Done' },
          { stage: 'done' as const, status: 'Done' },
        ],
      },
    ],
    ['a gate without conditions', { gates: [{ status: 'Approved', conditions: [] }] }],
  ])('refuses %s and writes nothing', async (_name, change) => {
    const w = lifecycleSettingsWorld();
    const before = w.snapshot();
    const answer = await saveWorkflowMap(w.ports, 0, { ...draft, ...change }, 'request:u-csi-admin:w1');
    expect(answer.ok ? 'ok' : answer.error.code).toBe('INVALID_INPUT');
    expect(w.snapshot()).toBe(before);
  });

  it('refuses a save from a version someone else moved on (CONFLICT), and an unknown project', async () => {
    const w = lifecycleSettingsWorld();
    await saveWorkflowMap(w.ports, 0, draft);
    const before = w.snapshot();
    const stale = await saveWorkflowMap(w.ports, 0, { ...draft, gates: [] });
    const unknown = await saveWorkflowMap(w.ports, 1, { ...draft, projectKey: 'NOPE' });
    expect([stale, unknown].map((a) => (a.ok ? 'ok' : a.error.code))).toEqual(['CONFLICT', 'INVALID_INPUT']);
    expect(w.snapshot()).toBe(before);
  });

  it('answers CONFLICT to a save from an older version even when its draft equals the mapping in force', async () => {
    const w = lifecycleSettingsWorld();
    await saveWorkflowMap(w.ports, 0, draft);
    const answer = await saveWorkflowMap(w.ports, 0, draft);
    expect(answer.ok ? 'ok' : answer.error.code).toBe('CONFLICT');
  });

  it('refuses a save that changes nothing', async () => {
    const w = lifecycleSettingsWorld();
    await saveWorkflowMap(w.ports, 0, draft);
    const answer = await saveWorkflowMap(w.ports, 1, draft);
    expect(answer.ok ? 'ok' : answer.error.code).toBe('INVALID_INPUT');
    expect(w.store.workflowNow.version).toBe(1);
  });

  it('has one effect for a retried request key, answering the mapping in force', async () => {
    const w = lifecycleSettingsWorld();
    await saveWorkflowMap(w.ports, 0, draft, 'request:u-csi-admin:w2');
    const retry = await saveWorkflowMap(w.ports, 0, draft, 'request:u-csi-admin:w2');
    expect(retry.ok && retry.value.version).toBe(1);
    expect(w.store.workflowNow.version).toBe(1);
  });
});
