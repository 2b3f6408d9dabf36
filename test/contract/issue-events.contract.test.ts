import api, { route } from '@forge/api';
import { z } from 'zod';
import type { LocalHost } from '../../local/host';
import { PROJECTS, USERS } from '../../local/product/demo-ids';
import { seededHost } from '../support/seeded-host';
import { asPerson, eventsSince } from '../support/product-requests';

/**
 * The issue events the simulator fires, checked against events-reference/jira ("Issue created",
 * "Issue updated", "Issue deleted", their type reference and example) and the common fields
 * (`timestamp`): strict schemas, so an extra or a missing property fails.
 */
const user = z.strictObject({ accountId: z.string() });
const fields = z.strictObject({
  summary: z.string(),
  issuetype: z.object({ id: z.string(), name: z.string(), subtask: z.boolean() }),
  creator: user.nullable(),
  created: z.string(),
  project: z.object({ id: z.string(), key: z.string(), name: z.string() }),
  reporter: user.nullable(),
  assignee: user.nullable(),
  updated: z.string(),
  status: z.object({ id: z.string(), name: z.string(), statusCategory: z.object({ key: z.string() }) }),
});
const common = {
  selfGenerated: z.boolean(),
  timestamp: z.string().regex(/^\d+$/),
  issue: z.strictObject({ id: z.string().regex(/^\d+$/), key: z.string(), fields }),
  atlassianId: z.string().optional(),
  associatedUsers: z.array(user).optional(),
};
const changeItem = z.strictObject({
  field: z.string(),
  fieldtype: z.string(),
  fieldId: z.string(),
  from: z.string().nullable(),
  fromString: z.string().nullable(),
  to: z.string().nullable(),
  toString: z.string().nullable(),
});
const created = z.strictObject({ eventType: z.literal('avi:jira:created:issue'), ...common });
const updated = z.strictObject({
  eventType: z.literal('avi:jira:updated:issue'),
  ...common,
  jiraEventTypeName: z.string().optional(),
  changelog: z.strictObject({ id: z.string().regex(/^\d+$/), items: z.array(changeItem).min(1) }),
  associatedStatuses: z.array(z.strictObject({ id: z.string(), name: z.string() })).optional(),
});
const deleted = z.strictObject({ eventType: z.literal('avi:jira:deleted:issue'), ...common });

let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
  host.store.projects.grant(PROJECTS.ops.id, USERS.editor, ['BROWSE_PROJECTS', 'CREATE_ISSUES']);
}, 120_000);
afterAll(() => host.close());

async function fired(action: () => Promise<{ status: number }>, status: number) {
  const from = host.events.log.length;
  expect((await action()).status).toBe(status);
  await host.settle();
  return eventsSince(host, from).filter((r) => !r.event.selfGenerated);
}

describe('issue events as events-reference/jira documents them', () => {
  it('creating an issue fires avi:jira:created:issue with the documented fields and users by account id only', async () => {
    const [record, ...rest] = await fired(
      () =>
        asPerson(host, USERS.editor, 'POST', '/rest/api/3/issue', {
          fields: { project: { key: 'CSI' }, issuetype: { name: 'Task' }, summary: 'Tidy the runbook', labels: ['x'] },
        }),
      201,
    );
    expect(rest).toEqual([]);
    const event = created.parse(record!.event);
    expect(event).toMatchObject({
      selfGenerated: false,
      atlassianId: USERS.editor,
      associatedUsers: [{ accountId: USERS.editor }],
      issue: { fields: { summary: 'Tidy the runbook', creator: { accountId: USERS.editor }, assignee: null } },
    });
  });

  it('an update carries the changelog (ids in from/to, names in the strings) and names the users it assigns', async () => {
    const [record] = await fired(
      () =>
        asPerson(host, USERS.editor, 'PUT', '/rest/api/3/issue/CSI-2', {
          fields: { summary: 'Renamed', assignee: { accountId: USERS.viewer } },
        }),
      204,
    );
    const event = updated.parse(record!.event);
    const before = host.store.history.changelog(Number(event.issue.id)).at(-1)!;
    expect(event.changelog.id).toBe(String(before.id));
    expect(event.changelog.items).toContainEqual({
      field: 'assignee',
      fieldtype: 'jira',
      fieldId: 'assignee',
      from: expect.any(String),
      fromString: expect.any(String),
      to: USERS.viewer,
      toString: 'Vera Lind',
    });
    expect(event.changelog.items).toContainEqual(expect.objectContaining({ fieldId: 'summary', toString: 'Renamed' }));
    expect(event.associatedUsers?.map((u) => u.accountId)).toEqual(
      expect.arrayContaining([USERS.editor, USERS.viewer]),
    );
    expect(event).toMatchObject({
      jiraEventTypeName: 'issue_generic',
      issue: { fields: { assignee: { accountId: USERS.viewer } } },
    });
  });

  it('a move (POST /bulk/issues/move) keeps the id, gives a key in the target and logs project and Key', async () => {
    const id = String(host.store.issues.find('CSI-3')!.id);
    const [record] = await fired(
      () =>
        asPerson(host, USERS.editor, 'POST', '/rest/api/3/bulk/issues/move', {
          targetToSourcesMapping: { 'OPS,10010': { issueIdsOrKeys: ['CSI-3'], inferStatusDefaults: true } },
        }),
      201,
    );
    const event = updated.parse(record!.event);
    expect(event.issue.id).toBe(id);
    expect(event.issue.key).toMatch(/^OPS-\d+$/);
    expect(event).toMatchObject({ jiraEventTypeName: 'issue_moved', issue: { fields: { project: { key: 'OPS' } } } });
    expect(event.changelog.items).toEqual(
      expect.arrayContaining([
        {
          field: 'project',
          fieldtype: 'jira',
          fieldId: 'project',
          from: '10000',
          fromString: 'Service Improvement',
          to: '10001',
          toString: 'Operations',
        },
        {
          field: 'Key',
          fieldtype: 'jira',
          fieldId: 'issuekey',
          from: null,
          fromString: 'CSI-3',
          to: null,
          toString: event.issue.key,
        },
      ]),
    );
  });

  it('deleting an issue (DELETE /issue/{key}) fires avi:jira:deleted:issue with the issue as it was, no changelog', async () => {
    const [record] = await fired(() => asPerson(host, USERS.csiAdmin, 'DELETE', '/rest/api/3/issue/CSI-4'), 204);
    const event = deleted.parse(record!.event);
    expect(event).toMatchObject({ atlassianId: USERS.csiAdmin, issue: { key: 'CSI-4' } });
    expect((await asPerson(host, USERS.csiAdmin, 'GET', '/rest/api/3/issue/CSI-4')).status).toBe(404);
  });

  it('refuses to delete without Delete Issues, and to move issues nobody may move', async () => {
    expect(await asPerson(host, USERS.editor, 'DELETE', '/rest/api/3/issue/CSI-5')).toMatchObject({ status: 403 });
    const move = await asPerson(host, USERS.viewer, 'POST', '/rest/api/3/bulk/issues/move', {
      targetToSourcesMapping: { 'OPS,10010': { issueIdsOrKeys: ['CSI-5'] } },
    });
    expect(move).toEqual({ status: 400, body: { errors: [{ message: "You cannot move issues to project 'OPS'." }] } });
  });

  it('drops self-generated events (ignoreSelf) and updates the filter.expression rejects, before any invocation', async () => {
    host.stats.reset();
    const records = await fired(
      () => asPerson(host, USERS.editor, 'PUT', '/rest/api/3/issue/CSI-6', { fields: { labels: ['only-labels'] } }),
      204,
    );
    expect(records.map((r) => [r.triggers.map((t) => t.verdict), r.deliveries])).toEqual([
      [[{ deliver: false, reason: 'expression-false' }], 0],
    ]);
    expect(host.stats.snapshot().totals.invocations).toBe(0);
    const from = host.events.log.length;
    // The app writing through the official client (asApp), as its score projection does.
    await host.runtime.run('test', 'app-write', undefined, undefined, () =>
      api.asApp().requestJira(route`/rest/api/3/issue/CSI-6`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ fields: { summary: 'By the app' } }),
      }),
    );
    await host.settle();
    expect(eventsSince(host, from).map((r) => [r.event.selfGenerated, r.triggers[0]!.verdict])).toEqual([
      [true, { deliver: false, reason: 'self-generated' }],
    ]);
  });
});
