/**
 * Contract test: issue-level security in the Jira simulator, through the official `@forge/api`
 * client. "Setting the security level on an issue restricts the access of that issue to only people
 * who are a member of that security level ... it will not appear in any filters, queries or
 * statistics" (support.atlassian.com/jira-cloud-administration/docs/configure-issue-security-schemes/).
 * The bulk check follows `BulkPermissionsRequestBean` / `BulkPermissionGrants` in jira-platform.json.
 */
import { route } from '@forge/api';
import { PROJECTS, USERS } from '../../local/product/demo-ids';
import { SECURED } from '../../local/product/seed-product';
import { APP, createHarness, type Harness } from './api.contract.harness';

let h: Harness;
let securedId: number;
beforeEach(() => {
  h = createHarness();
  securedId = h.store.issues.list(PROJECTS.csi.id).find((i) => i.summary === SECURED.summary)!.id;
});

const browseCheck = (as: string, issues: number[]) =>
  h.jira(as, route`/rest/api/3/permissions/check`, 'POST', {
    projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], issues }],
  });

describe('an issue with a security level', () => {
  it('is hidden (404) from a user who can browse the project but is not a member of the level', async () => {
    expect(h.store.projects.hasGrant(PROJECTS.csi.id, USERS.viewer, 'BROWSE_PROJECTS')).toBe(true);
    expect((await h.jira(USERS.viewer, route`/rest/api/3/issue/${String(securedId)}`)).status).toBe(404);
    expect((await h.jira(USERS.editor, route`/rest/api/3/issue/${String(securedId)}`)).status).toBe(200);
    expect((await h.jira(APP, route`/rest/api/3/issue/${String(securedId)}`)).status).toBe(200);
  });

  it('is left out of the bulk permission check for a non-member, and granted to a member', async () => {
    const ids = h.store.issues.list(PROJECTS.csi.id).map((i) => i.id);
    const viewer = await browseCheck(USERS.viewer, ids);
    expect(viewer.status).toBe(200);
    expect(viewer.body.projectPermissions).toEqual([
      { permission: 'BROWSE_PROJECTS', projects: [], issues: ids.filter((id) => id !== securedId) },
    ]);
    const editor = await browseCheck(USERS.editor, ids);
    expect(editor.body.projectPermissions[0].issues).toEqual(ids);
  });

  it('does not appear in a JQL search for a non-member', async () => {
    const search = (as: string) =>
      h.jira(as, route`/rest/api/3/search/jql`, 'POST', { jql: 'project = CSI', maxResults: 100 });
    const ids = (r: Awaited<ReturnType<typeof search>>) => r.body.issues.map((i: { id: string }) => Number(i.id));
    expect(ids(await search(USERS.viewer))).not.toContain(securedId);
    expect(ids(await search(USERS.editor))).toContain(securedId);
  });
});

describe('POST /rest/api/3/permissions/check limits', () => {
  it('checks up to 1,000 valid issue ids and refuses more with a 400', async () => {
    const csi = h.store.projects.get(PROJECTS.csi.id)!;
    const template = h.store.issues.list(PROJECTS.csi.id)[0]!;
    h.store.transaction(() => {
      for (let n = 0; n < 1000; n += 1) {
        const { id, key } = h.store.issues.allocate(csi.id, csi.key);
        h.store.issues.save({ ...template, id, key });
      }
    });
    const ids = h.store.issues.list(PROJECTS.csi.id).map((i) => i.id);
    expect(ids.length).toBeGreaterThan(1000);
    expect((await browseCheck(USERS.editor, ids.slice(0, 1000))).status).toBe(200);
    const tooMany = await browseCheck(USERS.editor, ids.slice(0, 1001));
    expect(tooMany.status).toBe(400);
    // Ids that are not issues are ignored, so they do not count towards the limit.
    expect((await browseCheck(USERS.editor, [...ids.slice(0, 1000), 99_999_999])).status).toBe(200);
  });
});
