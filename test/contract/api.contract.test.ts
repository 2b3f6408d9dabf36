import api, { route } from '@forge/api';
import { findForgeMacros } from '../../local/product/confluence-macros';
import { APP, createHarness, type Harness } from './api.contract.harness';

/**
 * Contract tests: the official `@forge/api` client (asUser / asApp) against the local Jira and
 * Confluence simulators, for every REST call the app makes, with the real request and response shapes.
 */

const EDITOR = 'u-editor';
const VIEWER = 'u-viewer';
const OUTSIDER = 'u-outsider';
const CSI_ADMIN = 'u-csi-admin';
const SITE_ADMIN = 'u-site-admin';
const HIDDEN = ['Issue does not exist or you do not have permission to see it.'];

let h: Harness;
beforeEach(() => {
  h = createHarness();
});

const search = async (as: string, jql: string, extra: Record<string, unknown> = {}) =>
  h.jira(as, route`/rest/api/3/search/jql`, 'POST', { jql, fields: ['summary'], maxResults: 100, ...extra });
const keysOf = (body: { issues: Array<{ key: string }> }) => body.issues.map((i) => i.key);
const setCsi = (key: string, value: unknown, as = APP) =>
  h.jira(as, route`/rest/api/3/issue/${key}/properties/csi`, 'PUT', value);

describe('users', () => {
  it('answers /myself for the calling user and for the app', async () => {
    const me = await h.jira(EDITOR, route`/rest/api/3/myself`);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      accountId: EDITOR,
      displayName: 'Eli Marsh',
      accountType: 'atlassian',
      active: true,
    });
    const app = await h.jira(APP, route`/rest/api/3/myself`);
    expect(app.body.accountType).toBe('app');
  });

  it('looks users up in bulk', async () => {
    const bulk = await h.jira(EDITOR, route`/rest/api/3/user/bulk?accountId=${CSI_ADMIN}&accountId=${OUTSIDER}`);
    expect(bulk.body.values.map((u: { displayName: string }) => u.displayName)).toEqual(['Chen Okafor', 'Omar Reyes']);
    expect(bulk.body).toMatchObject({ total: 2, isLast: true });
  });
});

describe('POST /permissions/check', () => {
  const body = (extra: Record<string, unknown> = {}) => ({
    globalPermissions: ['ADMINISTER'],
    projectPermissions: [
      { permissions: ['EDIT_ISSUES', 'BROWSE_PROJECTS'], projects: [10000, 10001], issues: [10001, 10027] },
    ],
    ...extra,
  });

  it('checks the calling user for numeric project and issue ids', async () => {
    const res = await h.jira(EDITOR, route`/rest/api/3/permissions/check`, 'POST', body());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      globalPermissions: [],
      projectPermissions: [
        { permission: 'EDIT_ISSUES', projects: [10000], issues: [10001] },
        { permission: 'BROWSE_PROJECTS', projects: [10000], issues: [10001] },
      ],
    });
  });

  it.each([
    [VIEWER, 'EDIT_ISSUES', false],
    [VIEWER, 'BROWSE_PROJECTS', true],
    [CSI_ADMIN, 'ADMINISTER_PROJECTS', true],
    [CSI_ADMIN, 'CREATE_ISSUES', false],
    [APP, 'DELETE_ISSUES', true],
  ])('%s has %s on CSI-1: %s', async (as, key, expected) => {
    const res = await h.jira(as, route`/rest/api/3/permissions/check`, 'POST', {
      projectPermissions: [{ permissions: [key], issues: [10001] }],
    });
    expect(res.body.projectPermissions).toEqual(expected ? [{ permission: key, projects: [], issues: [10001] }] : []);
  });

  it.each([
    [SITE_ADMIN, ['ADMINISTER']],
    [EDITOR, []],
    [APP, ['ADMINISTER']],
  ])('answers the global permissions %s holds', async (as, granted) => {
    const res = await h.jira(as, route`/rest/api/3/permissions/check`, 'POST', { globalPermissions: ['ADMINISTER'] });
    expect(res.body.globalPermissions).toEqual(granted);
  });

  it('hides issues the user cannot browse and refuses unknown permission keys', async () => {
    const hidden = await h.jira(OUTSIDER, route`/rest/api/3/permissions/check`, 'POST', {
      projectPermissions: [{ permissions: ['BROWSE_PROJECTS'], projects: [10000], issues: [10001] }],
    });
    expect(hidden.body.projectPermissions).toEqual([]);
    const unknown = await h.jira(EDITOR, route`/rest/api/3/permissions/check`, 'POST', {
      globalPermissions: ['ADMINSTER'],
    });
    expect(unknown).toMatchObject({
      status: 400,
      body: { errorMessages: ['Unrecognized permission keys: ADMINSTER'] },
    });
  });

  it('lets the app check any user, and refuses users checking others', async () => {
    const asApp = await h.jira(APP, route`/rest/api/3/permissions/check`, 'POST', body({ accountId: VIEWER }));
    expect(asApp.body.projectPermissions).toEqual([
      { permission: 'BROWSE_PROJECTS', projects: [10000], issues: [10001] },
    ]);
    const admin = await h.jira(APP, route`/rest/api/3/permissions/check`, 'POST', body({ accountId: SITE_ADMIN }));
    expect(admin.body.globalPermissions).toEqual(['ADMINISTER']);
    const other = await h.jira(EDITOR, route`/rest/api/3/permissions/check`, 'POST', body({ accountId: VIEWER }));
    expect(other.status).toBe(403);
  });
});

describe('GET /issue/{idOrKey}', () => {
  it('renders the issue with string id, nested objects and app field values', async () => {
    const res = await h.jira(VIEWER, route`/rest/api/3/issue/${'CSI-1'}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: '10001',
      key: 'CSI-1',
      self: expect.stringMatching(/\/rest\/api\/3\/issue\/10001$/),
    });
    expect(res.body.fields).toMatchObject({
      summary: 'Cut P1 incident resolution time with a swarming model',
      status: { name: 'In Progress', statusCategory: { key: 'indeterminate' } },
      issuetype: { id: '10010', name: 'Improvement' },
      project: { id: '10000', key: 'CSI', name: 'Service Improvement' },
      priority: { name: 'Highest', id: '1' },
      labels: ['incident-management', 'csi'],
      assignee: { accountId: EDITOR, displayName: 'Eli Marsh' },
      reporter: { accountId: CSI_ADMIN },
      created: '2026-02-12T09:00:00.000+0000',
      customfield_10100: null,
    });
    expect(res.body.fields.description.content[0].content[0].text).toMatch(/^Replace tiered escalation/);
  });

  it('returns only the requested fields', async () => {
    const res = await h.jira(EDITOR, route`/rest/api/3/issue/${'10002'}?fields=${'summary,status'}`);
    expect(Object.keys(res.body.fields).sort()).toEqual(['status', 'summary']);
  });

  it.each([
    [OUTSIDER, 'CSI-1'],
    [EDITOR, 'CSI-999'],
    [EDITOR, 'OPS-1'],
  ])('answers 404 to %s for %s, hiding whether it exists', async (as, key) => {
    const res = await h.jira(as, route`/rest/api/3/issue/${key}`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ errorMessages: HIDDEN, errors: {} });
  });
});

describe('creating and editing issues', () => {
  const create = (as: string, fields: Record<string, unknown>) =>
    h.jira(as, route`/rest/api/3/issue`, 'POST', { fields });
  const valid = { project: { key: 'CSI' }, issuetype: { name: 'Improvement' }, summary: 'Reduce reopened tickets' };

  it('creates an issue and fires avi:jira:created:issue', async () => {
    const res = await create(EDITOR, { ...valid, labels: ['service-desk'], priority: { name: 'High' } });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: '10031', key: 'CSI-27', self: expect.stringMatching(/issue\/10031$/) });
    expect(h.hooks.events).toHaveLength(1);
    expect(h.hooks.events[0]).toMatchObject({
      eventType: 'avi:jira:created:issue',
      selfGenerated: false,
      atlassianId: EDITOR,
      associatedUsers: [{ accountId: EDITOR }],
      issue: {
        id: '10031',
        key: 'CSI-27',
        // events-reference/jira, Issue type reference: labels are not among the event's fields.
        fields: { summary: 'Reduce reopened tickets', status: { name: 'To Do' }, issuetype: { name: 'Improvement' } },
      },
    });
    const read = await h.jira(VIEWER, route`/rest/api/3/issue/${'CSI-27'}?fields=${'priority,reporter,created'}`);
    expect(read.body.fields).toMatchObject({
      priority: { name: 'High' },
      reporter: { accountId: EDITOR },
      created: '2026-11-02T10:00:00.000+0000',
    });
  });

  it.each([
    [{ ...valid, summary: undefined }, { summary: 'You must specify a summary of the issue.' }],
    [{ ...valid, project: { key: 'NOPE' } }, { project: 'Specify a valid project ID or key' }],
    [{ ...valid, issuetype: undefined }, { issuetype: 'Specify an issue type' }],
    [
      { ...valid, description: 'plain text' },
      { description: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)' },
    ],
  ])('refuses invalid fields with field errors (%#)', async (fields, errors) => {
    const res = await create(EDITOR, fields);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ errorMessages: [], errors });
    expect(h.hooks.events).toEqual([]);
  });

  it('refuses users without Create Issues', async () => {
    expect((await create(VIEWER, valid)).status).toBe(403);
    expect((await create(OUTSIDER, valid)).body.errors).toEqual({ project: 'Specify a valid project ID or key' });
  });

  it('edits fields and fires avi:jira:updated:issue with the changelog', async () => {
    const body = {
      fields: { summary: 'Swarm on P1 incidents' },
      update: { labels: [{ add: 'pilot' }, { remove: 'csi' }] },
    };
    const res = await h.jira(EDITOR, route`/rest/api/3/issue/${'CSI-1'}`, 'PUT', body);
    expect(res.status).toBe(204);
    const [event] = h.hooks.events;
    expect(event).toMatchObject({ eventType: 'avi:jira:updated:issue', atlassianId: EDITOR, issue: { key: 'CSI-1' } });
    expect(event!.changelog!.items).toEqual([
      {
        field: 'summary',
        fieldtype: 'jira',
        fieldId: 'summary',
        from: null,
        fromString: 'Cut P1 incident resolution time with a swarming model',
        to: null,
        toString: 'Swarm on P1 incidents',
      },
      {
        field: 'labels',
        fieldtype: 'jira',
        fieldId: 'labels',
        from: null,
        fromString: 'incident-management csi',
        to: null,
        toString: 'incident-management pilot',
      },
    ]);
    expect(h.store.issues.find('CSI-1')!.labels).toEqual(['incident-management', 'pilot']);
  });

  it('refuses edits without permission and unknown fields', async () => {
    expect(
      (await h.jira(VIEWER, route`/rest/api/3/issue/${'CSI-1'}`, 'PUT', { fields: { summary: 'x' } })).status,
    ).toBe(403);
    expect(
      (await h.jira(OUTSIDER, route`/rest/api/3/issue/${'CSI-1'}`, 'PUT', { fields: { summary: 'x' } })).status,
    ).toBe(404);
    const unknown = await h.jira(EDITOR, route`/rest/api/3/issue/${'CSI-1'}`, 'PUT', { fields: { storyPoints: 3 } });
    expect(unknown.body.errors).toEqual({
      storyPoints: "Field 'storyPoints' cannot be set. It is not on the appropriate screen, or unknown.",
    });
  });
});

describe('transitions', () => {
  it('lists the transitions available from the current status', async () => {
    const res = await h.jira(EDITOR, route`/rest/api/3/issue/${'CSI-6'}/transitions`);
    expect(
      res.body.transitions.map((t: { id: string; name: string; to: { name: string } }) => [t.id, t.name, t.to.name]),
    ).toEqual([
      ['11', 'Submit for review', 'Under Review'],
      ['61', 'Reject', 'Rejected'],
    ]);
    expect((await h.jira(VIEWER, route`/rest/api/3/issue/${'CSI-6'}/transitions`)).body.transitions).toEqual([]);
  });

  it('asks the validator, transitions and fires the status change', async () => {
    const res = await h.jira(EDITOR, route`/rest/api/3/issue/${'CSI-6'}/transitions`, 'POST', {
      transition: { id: '11' },
    });
    expect(res.status).toBe(204);
    expect(h.hooks.checks).toEqual([
      {
        issue: { id: '10006', key: 'CSI-6' },
        transition: {
          id: '11',
          name: 'Submit for review',
          from: { id: '10000', name: 'To Do' },
          to: { id: '10001', name: 'Under Review' },
        },
        accountId: EDITOR,
      },
    ]);
    expect(h.hooks.events[0]).toMatchObject({
      eventType: 'avi:jira:updated:issue',
      associatedStatuses: [
        { id: '10000', name: 'To Do' },
        { id: '10001', name: 'Under Review' },
      ],
      changelog: {
        items: [
          {
            field: 'status',
            fieldtype: 'jira',
            fieldId: 'status',
            from: '10000',
            fromString: 'To Do',
            to: '10001',
            toString: 'Under Review',
          },
        ],
      },
    });
    const after = await h.jira(VIEWER, route`/rest/api/3/issue/${'CSI-6'}?fields=${'status'}`);
    expect(after.body.fields.status).toMatchObject({ name: 'Under Review', statusCategory: { key: 'new' } });
  });

  it('refuses the transition with the validator message', async () => {
    h.hooks.verdict = {
      result: false,
      errorMessage: 'CSI gate: the score is incomplete (unrated: implementation risk).',
    };
    const res = await h.jira(EDITOR, route`/rest/api/3/issue/${'CSI-4'}/transitions`, 'POST', {
      transition: { id: '31' },
    });
    expect(res.status).toBe(400);
    expect(res.body.errorMessages).toEqual(['CSI gate: the score is incomplete (unrated: implementation risk).']);
    expect(h.store.issues.find('CSI-4')!.status.name).toBe('Approved');
    expect(h.hooks.events).toEqual([]);
  });

  it('refuses transitions that are not available or not permitted', async () => {
    const invalid = await h.jira(EDITOR, route`/rest/api/3/issue/${'CSI-6'}/transitions`, 'POST', {
      transition: { id: '51' },
    });
    expect(invalid.body.errorMessages).toEqual(["Transition id '51' is not valid for this issue."]);
    expect(
      (await h.jira(VIEWER, route`/rest/api/3/issue/${'CSI-6'}/transitions`, 'POST', { transition: { id: '11' } }))
        .status,
    ).toBe(403);
    expect(h.hooks.checks).toEqual([]);
  });
});

describe('issue properties', () => {
  it('sets, reads and deletes issue properties', async () => {
    const value = { score: 72.5, class: 'standard' };
    expect((await setCsi('CSI-2', value, EDITOR)).status).toBe(201);
    expect((await setCsi('CSI-2', { ...value, score: 80 }, EDITOR)).status).toBe(200);
    const read = await h.jira(VIEWER, route`/rest/api/3/issue/${'CSI-2'}/properties/${'csi'}`);
    expect(read.body).toEqual({ key: 'csi', value: { score: 80, class: 'standard' } });
    expect((await setCsi('CSI-2', value, VIEWER)).status).toBe(403);
    expect((await h.jira(EDITOR, route`/rest/api/3/issue/${'CSI-2'}/properties/${'csi'}`, 'DELETE')).status).toBe(204);
    const gone = await h.jira(VIEWER, route`/rest/api/3/issue/${'CSI-2'}/properties/${'csi'}`);
    expect(gone).toMatchObject({
      status: 404,
      body: { errorMessages: ["The property with key 'csi' does not exist."] },
    });
  });

  it('limits writes to one issue to 20 per 2 seconds with Retry-After', async () => {
    for (let n = 0; n < 20; n++) expect((await setCsi('CSI-5', { n })).status).toBeLessThan(300);
    const limited = await setCsi('CSI-5', { n: 20 });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('Retry-After')).toBe('2');
    expect(h.store.properties.get(10005, 'csi')).toEqual({ n: 19 });
    expect((await setCsi('CSI-7', { n: 0 })).status).toBe(201);
    h.clock.now = new Date(h.clock.now.getTime() + 2000);
    expect((await setCsi('CSI-5', { n: 21 })).status).toBe(200);
  });
});

describe('app custom field values', () => {
  const fieldId = async () => {
    const fields = (await h.jira(APP, route`/rest/api/3/field`)).body as Array<{
      id: string;
      schema: { custom?: string };
    }>;
    return fields.find((f) => f.schema.custom?.endsWith('/static/csi-score-field'))!.id;
  };

  it('lets the app write values per field, by id or by key, and fires self-generated events', async () => {
    const id = await fieldId();
    expect(id).toBe('customfield_10100');
    const first = await h.jira(APP, route`/rest/api/3/app/field/${id}/value`, 'PUT', {
      updates: [{ issueIds: [10001, 10002], value: 72.5 }],
    });
    expect(first.status).toBe(204);
    const key = (await h.jira(APP, route`/rest/api/3/field`)).body.find((f: { id: string }) => f.id === id).key;
    const byKey = await h.jira(APP, route`/rest/api/3/app/field/${key}/value`, 'PUT', {
      updates: [{ issueIds: [10002], value: 40 }],
    });
    expect(byKey.status).toBe(204);
    const read = await h.jira(VIEWER, route`/rest/api/3/issue/${'CSI-2'}?fields=${id}`);
    expect(read.body.fields).toEqual({ [id]: 40 });
    expect(h.hooks.events.map((e) => [e.issue.key, e.selfGenerated, e.changelog!.items[0]!.toString])).toEqual([
      ['CSI-1', true, '72.5'],
      ['CSI-2', true, '72.5'],
      ['CSI-2', true, '40'],
    ]);
  });

  it('refuses users, unknown fields and values of the wrong type', async () => {
    const id = await fieldId();
    const update = { updates: [{ issueIds: [10001], value: 1 }] };
    expect((await h.jira(CSI_ADMIN, route`/rest/api/3/app/field/${id}/value`, 'PUT', update)).status).toBe(403);
    expect((await h.jira(APP, route`/rest/api/3/app/field/${id}/value`, 'POST', update)).status).toBe(405);
    const unknown = await h.jira(APP, route`/rest/api/3/app/field/${'customfield_99999'}/value`, 'PUT', update);
    expect(unknown.status).toBe(404);
    const wrong = await h.jira(APP, route`/rest/api/3/app/field/${id}/value`, 'PUT', {
      updates: [{ issueIds: [10001], value: 'high' }],
    });
    expect(wrong).toMatchObject({ status: 400, body: { errors: { [id]: 'The value must be a number.' } } });
    expect(h.store.fields.getValue('csi-score-field', 10001)).toBeNull();
  });
});

describe('enhanced JQL search', () => {
  it.each([
    ['project = CSI', 26],
    ['project = CSI AND status = "In Progress"', 4],
    ['project = CSI AND status in ("To Do", "Under Review")', 10],
    ['project = CSI AND status != Done', 22],
    ['project = CSI AND statusCategory = done', 6],
    ['labels = quick-win', 7],
    ['issuetype in (Improvement, Task) AND key = CSI-3', 1],
    ['project = CSI AND assignee = currentUser()', 10],
    ['project = CSI AND created >= "2026-08-01"', 8],
    ['summary ~ "access"', 3],
  ])('%s → %i issues', async (jql, count) => {
    const res = await search(EDITOR, jql);
    expect(res.status).toBe(200);
    expect(res.body.issues).toHaveLength(count);
    expect(res.body.isLast).toBe(true);
  });

  it('returns only issue ids by default and pages with nextPageToken', async () => {
    const first = await h.jira(VIEWER, route`/rest/api/3/search/jql`, 'POST', {
      jql: 'project = CSI ORDER BY key ASC',
      maxResults: 10,
    });
    expect(first.body.issues[0]).toEqual({ id: '10001' });
    expect(first.body).toMatchObject({ isLast: false, nextPageToken: expect.any(String) });
    const seen: string[] = first.body.issues.map((i: { id: string }) => i.id);
    let token: string | undefined = first.body.nextPageToken;
    while (token) {
      const page = await h.jira(VIEWER, route`/rest/api/3/search/jql`, 'POST', {
        jql: 'project = CSI ORDER BY key ASC',
        maxResults: 10,
        nextPageToken: token,
      });
      seen.push(...page.body.issues.map((i: { id: string }) => i.id));
      token = page.body.nextPageToken;
      if (!token) expect(page.body.isLast).toBe(true);
    }
    // 26 CSI issues, one behind an issue security level the viewer is not a member of.
    expect(new Set(seen).size).toBe(25);
    const bad = await search(VIEWER, 'project = CSI', { nextPageToken: 'garbage' });
    expect(bad.status).toBe(400);
  });

  it('hides issues and projects the user cannot browse', async () => {
    expect((await search(OUTSIDER, 'project = OPS')).body.issues).toHaveLength(4);
    expect((await search(OUTSIDER, 'labels = csi')).body.issues).toEqual([]);
    const hidden = await search(OUTSIDER, 'project = CSI');
    expect(hidden.body.errorMessages).toEqual(["The value 'CSI' does not exist for the field 'project'."]);
  });

  it.each([
    [
      'project = ',
      "Error in the JQL Query: Expecting either a value, list or function but got 'EOF'. (line 1, character 11)",
    ],
    [
      'project = "CSI',
      "Error in the JQL Query: The quoted string 'CSI' has not been completed. (line 1, character 11)",
    ],
    [
      'project = CSI & status = Done',
      "Error in the JQL Query: The character '&' is a reserved JQL character. You must enclose it in a string or use the escape '\\u0026' instead. (line 1, character 15)",
    ],
    [
      'project CSI',
      "Error in the JQL Query: Expecting operator but got 'CSI'. The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'. (line 1, character 9)",
    ],
    ['storyPoints > 3', "Field 'storyPoints' does not exist or you do not have permission to view it."],
    ['status = Blocked', "The value 'Blocked' does not exist for the field 'status'."],
    ['csiClass > "a"', "The operator '>' is not supported by the 'csiClass' field."],
    ['csiScore >= high', "Value 'high' is invalid for the 'csiScore' field."],
    [
      'ORDER BY created DESC',
      'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
    ],
    ['project = CSI ORDER BY labels', "Field 'labels' does not support sorting."],
    [
      'project = CSI OR project = OPS',
      "Error in the JQL Query: 'OR' is not supported by the local Jira simulator; use AND. (line 1, character 15)",
    ],
  ])('refuses %s with a Jira-style message', async (jql, message) => {
    const res = await search(EDITOR, jql);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ errorMessages: [message], errors: {} });
  });

  it('filters and orders by entity property search aliases', async () => {
    await setCsi('CSI-3', { score: 82.5, class: 'quick-win', complete: true });
    await setCsi('CSI-7', { score: 64, class: 'standard', complete: true });
    await setCsi('CSI-10', { score: 91, class: 'transformational', complete: false });
    await setCsi('CSI-12', { score: 40, class: 'quick-win', complete: true });
    expect(keysOf((await search(EDITOR, 'project = CSI AND csiScore >= 60 ORDER BY csiScore DESC')).body)).toEqual([
      'CSI-10',
      'CSI-3',
      'CSI-7',
    ]);
    expect(keysOf((await search(EDITOR, 'csiClass = "quick-win" ORDER BY csiScore ASC')).body)).toEqual([
      'CSI-12',
      'CSI-3',
    ]);
    expect(keysOf((await search(EDITOR, 'project = CSI AND csiComplete = true ORDER BY csiScore DESC')).body)).toEqual([
      'CSI-3',
      'CSI-7',
      'CSI-12',
    ]);
    await setCsi('CSI-7', { score: 95, class: 'standard', complete: true });
    const all = keysOf((await search(EDITOR, 'project = CSI ORDER BY csiScore DESC, key ASC')).body);
    expect(all.slice(0, 5)).toEqual(['CSI-7', 'CSI-10', 'CSI-3', 'CSI-12', 'CSI-1']);
    expect(all).toHaveLength(26);
  });
});

describe('projects, routing and points', () => {
  it('answers projects the user can browse', async () => {
    const csi = await h.jira(EDITOR, route`/rest/api/3/project/${'CSI'}`);
    expect(csi.body).toMatchObject({
      id: '10000',
      key: 'CSI',
      name: 'Service Improvement',
      lead: { accountId: CSI_ADMIN },
    });
    const hidden = await h.jira(OUTSIDER, route`/rest/api/3/project/${'10000'}`);
    expect(hidden).toMatchObject({
      status: 404,
      body: { errorMessages: ["No project could be found with key '10000'."] },
    });
  });

  it('answers unknown routes with 404 and malformed JSON with 400', async () => {
    const unknown = await h.jira(EDITOR, route`/rest/api/3/dashboard`);
    expect(unknown).toMatchObject({
      status: 404,
      body: { errorMessages: ['Local Jira simulator does not implement GET /rest/api/3/dashboard'] },
    });
    const malformed = await h.runtime.run('fn', 'key', EDITOR, 'mod', async () => {
      const res = await api.asUser().requestJira(route`/rest/api/3/issue`, { method: 'POST', body: '{"fields": ' });
      return { status: res.status, body: (await res.json()) as { errorMessages: string[] } };
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errorMessages[0]).toMatch(/^Malformed JSON in the request body/);
  });

  it('records points per hour: GET /myself 1 + 2 per user, a write 1, a POST search 1 (rate-limiting)', async () => {
    h.store.points.reset();
    await h.jira(EDITOR, route`/rest/api/3/myself`);
    await setCsi('CSI-1', { score: 1 });
    await search(EDITOR, 'project = CSI');
    expect(h.store.pointsUsed()).toBe(5);
    expect(h.store.points.buckets()).toEqual([{ hour: '2026-11-02T10', service: 'jira', points: 5, calls: 3 }]);
  });
});

describe('Confluence', () => {
  it('returns the CSI report page in storage format with its four macro placeholders', async () => {
    const res = await h.confluence(VIEWER, route`/wiki/api/v2/pages/${'30001'}?body-format=storage`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: '30001',
      title: 'CSI report',
      spaceId: '20000',
      status: 'current',
      version: { number: 1 },
    });
    expect(res.body.body.storage.representation).toBe('storage');
    const macros = findForgeMacros(res.body.body.storage.value);
    expect(macros.map((m) => [m.moduleKey, m.config])).toEqual([
      ['csi-decision-log', { projects: '["CSI"]', types: '[]', pageSize: '20' }],
      ['csi-progress-report', { project: '"CSI"', periodDays: '120' }],
      ['csi-lessons-learned', {}],
      ['csi-maturity', { period: '"latest"', compare: '"previous"' }],
    ]);
    const bare = await h.confluence(VIEWER, route`/wiki/api/v2/pages/${'30001'}`);
    expect(bare.body.body).toEqual({});
  });

  it('hides the page and space from users who cannot view the space', async () => {
    const page = await h.confluence(OUTSIDER, route`/wiki/api/v2/pages/${'30001'}?body-format=storage`);
    expect(page.status).toBe(404);
    expect(page.body.errors[0]).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect((await h.confluence(APP, route`/wiki/api/v2/pages/${'30001'}`)).status).toBe(200);
  });
});
