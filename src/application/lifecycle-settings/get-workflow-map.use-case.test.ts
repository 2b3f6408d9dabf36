import { lifecycleSettingsWorld } from '../testing/lifecycle-settings-world';
import { getWorkflowMap } from './get-workflow-map.use-case';

describe('getWorkflowMap', () => {
  it('answers the unsaved mapping with no statuses until a project is chosen', async () => {
    const w = lifecycleSettingsWorld();
    expect(await getWorkflowMap(w.ports)).toMatchObject({
      ok: true,
      value: { version: 0, projectKey: null, statuses: [] },
    });
  });

  it("lists the chosen project's workflow statuses, else those of the project the mapping was saved for", async () => {
    const w = lifecycleSettingsWorld();
    w.store.statuses.OPS = ['Open', 'Closed'];
    w.store.workflowNow = { ...w.store.workflowNow, version: 2, projectKey: 'CSI' };
    const saved = await getWorkflowMap(w.ports);
    expect(saved.ok && saved.value).toMatchObject({ version: 2, projectKey: 'CSI', statuses: w.store.statuses.CSI });
    const chosen = await getWorkflowMap(w.ports, 'OPS');
    expect(chosen.ok && chosen.value).toMatchObject({ version: 2, projectKey: 'OPS', statuses: ['Open', 'Closed'] });
  });

  it('refuses a project that does not exist for the admin', async () => {
    const w = lifecycleSettingsWorld();
    const answer = await getWorkflowMap(w.ports, 'NOPE');
    expect(answer.ok ? 'ok' : answer.error).toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { workflowProject: [expect.any(String)] },
    });
  });
});
