import type { LocalHost } from '../../local/host';
import { PROJECTS, USERS } from '../../local/product/demo-ids';
import { asPerson } from '../support/product-requests';
import { seededHost } from '../support/seeded-host';

/**
 * The simulator's issue links and project search, as jira-platform.json documents them:
 * `POST /rest/api/3/issueLink` (linkIssues, `LinkIssueRequestJsonBean`) and
 * `GET /rest/api/3/project/search` (searchProjects, `PageBeanProject`, `action`).
 */
let host: LocalHost;
beforeEach(async () => {
  host = await seededHost();
}, 120_000);
afterEach(() => host.close());

const link = (accountId: string, body: unknown) => asPerson(host, accountId, 'POST', '/rest/api/3/issueLink', body);
const relates = { type: { name: 'Relates' }, inwardIssue: { key: 'CSI-1' }, outwardIssue: { key: 'CSI-2' } };
const linksOf = async (key: string) =>
  (
    (await asPerson(host, USERS.editor, 'GET', `/rest/api/3/issue/${key}?fields=issuelinks`)).body as {
      fields: { issuelinks: unknown[] };
    }
  ).fields.issuelinks;

describe('POST /rest/api/3/issueLink (linkIssues)', () => {
  it('answers 201 with no body, and a duplicate link adds nothing ("indicates that the issue link was created")', async () => {
    expect(await link(USERS.editor, relates)).toEqual({ status: 201, body: undefined });
    expect((await link(USERS.editor, relates)).status).toBe(201);
    expect(await linksOf('CSI-1')).toEqual([
      expect.objectContaining({
        type: expect.objectContaining({ name: 'Relates' }),
        outwardIssue: expect.objectContaining({ key: 'CSI-2' }),
      }),
    ]);
    expect(await linksOf('CSI-2')).toEqual([
      expect.objectContaining({ inwardIssue: expect.objectContaining({ key: 'CSI-1' }) }),
    ]);
  });
  it('refuses a body without the required type, inwardIssue and outwardIssue with 400', async () => {
    const res = await link(USERS.editor, { type: { name: 'Relates' } });
    expect(res.status).toBe(400);
    expect(Object.keys((res.body as { errors: Record<string, string> }).errors).sort()).toEqual([
      'inwardIssue',
      'outwardIssue',
    ]);
  });
  it.each([
    ['an unknown link type', USERS.editor, { ...relates, type: { name: 'Causes' } }],
    ['an issue the user cannot browse', USERS.outsider, relates],
    ['a user without Link Issues on the outward issue', USERS.viewer, relates],
  ])('answers 404 for %s and links nothing', async (_name, accountId, body) => {
    expect((await link(accountId, body)).status).toBe(404);
    expect(await linksOf('CSI-1')).toEqual([]);
  });
});

describe('GET /rest/api/3/project/search (searchProjects)', () => {
  const keys = async (accountId: string, query: string) =>
    (
      (await asPerson(host, accountId, 'GET', `/rest/api/3/project/search${query}`)).body as {
        values: Array<{ key: string }>;
      }
    ).values.map((p) => p.key);
  it('with action=create lists only projects with Browse Projects and Create Issues', async () => {
    expect(await keys(USERS.editor, '?action=create')).toEqual(['CSI']);
    expect(await keys(USERS.viewer, '?action=create')).toEqual([]);
    host.store.projects.grant(PROJECTS.ops.id, USERS.editor, ['BROWSE_PROJECTS']);
    expect(await keys(USERS.editor, '?action=create')).toEqual(['CSI']);
    expect(await keys(USERS.editor, '')).toEqual(['CSI', 'OPS']);
  });
  it('refuses an unknown action with 400', async () => {
    expect((await asPerson(host, USERS.editor, 'GET', '/rest/api/3/project/search?action=delete')).status).toBe(400);
  });
});
