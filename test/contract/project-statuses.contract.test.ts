import { route } from '@forge/api';
import { createHarness, type Harness } from './api.contract.harness';

/**
 * GET /rest/api/3/project/{projectIdOrKey}/statuses (jira-platform.json, operationId getAllStatuses),
 * through the official `@forge/api` client: `IssueTypeWithStatus[]` (the harness checks every answer
 * against the schema), Browse Projects required, a project the user cannot browse answers 404.
 */
let h: Harness;
beforeEach(() => {
  h = createHarness();
});

describe('GET /project/{projectIdOrKey}/statuses', () => {
  it("lists the workflow's statuses per issue type for a user who may browse the project", async () => {
    const res = await h.jira('u-viewer', route`/rest/api/3/project/${'CSI'}/statuses`);
    expect(res.status).toBe(200);
    const types = res.body as Array<{ name: string; subtask: boolean; statuses: Array<{ id: string; name: string }> }>;
    expect(types.map((t) => t.name)).toEqual(['Improvement', 'Task', 'Bug']);
    expect(types[0]?.statuses.map((s) => s.name)).toEqual([
      'To Do',
      'Under Review',
      'Approved',
      'In Progress',
      'Rolling Out',
      'Done',
      'Rejected',
    ]);
  });

  it('answers by project id as by key', async () => {
    const byId = await h.jira('u-editor', route`/rest/api/3/project/${'10000'}/statuses`);
    expect(byId.status).toBe(200);
  });

  it('answers 404 to a user who cannot browse the project, as for a missing one', async () => {
    const hidden = await h.jira('u-outsider', route`/rest/api/3/project/${'CSI'}/statuses`);
    expect(hidden).toMatchObject({
      status: 404,
      body: { errorMessages: ["No project could be found with key 'CSI'."] },
    });
    const missing = await h.jira('u-editor', route`/rest/api/3/project/${'NOPE'}/statuses`);
    expect(missing.status).toBe(404);
  });
});
