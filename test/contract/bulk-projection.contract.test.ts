import { route } from '@forge/api';
import { APP, createHarness, type Harness } from './api.contract.harness';

/**
 * The bulk writes the projection consumer sends, through the official client, against the
 * simulator: `POST /rest/api/3/app/field/value` (`updateMultipleCustomFieldValues`) and
 * `POST /rest/api/3/issue/properties/multi` (`bulkSetIssuePropertiesByIssue`) in
 * ../shared/platform/jira-platform.json. Every answer is checked against that description.
 */
let h: Harness;
beforeEach(() => {
  h = createHarness();
});

const fieldId = async () =>
  ((await h.jira(APP, route`/rest/api/3/field`)).body as Array<{ id: string; schema: { custom?: string } }>).find((f) =>
    f.schema.custom?.endsWith('/static/csi-score-field'),
  )!.id;

describe('POST /app/field/value (updateMultipleCustomFieldValues)', () => {
  it('sets many issues of the app own field in one request, one update per value, and answers 204', async () => {
    const customField = await fieldId();
    const res = await h.jira(APP, route`/rest/api/3/app/field/value`, 'POST', {
      updates: [
        { customField, issueIds: [10001, 10002], value: 61.5 },
        { customField, issueIds: [10003], value: 12 },
      ],
    });
    expect(res.status).toBe(204);
    const read = await h.jira('u-viewer', route`/rest/api/3/issue/${'CSI-3'}?fields=${customField}`);
    expect(read.body.fields).toEqual({ [customField]: 12 });
    expect(h.store.fields.getValue('csi-score-field', 10002)).toBe(61.5);
  });

  it('refuses users (403), fields not the app own (404), repeated field-issue pairs (400), and writes nothing', async () => {
    const customField = await fieldId();
    const one = { updates: [{ customField, issueIds: [10001], value: 1 }] };
    expect((await h.jira('u-csi-admin', route`/rest/api/3/app/field/value`, 'POST', one)).status).toBe(403);
    const unknown = { updates: [{ customField: 'customfield_99999', issueIds: [10001], value: 1 }] };
    expect((await h.jira(APP, route`/rest/api/3/app/field/value`, 'POST', unknown)).status).toBe(404);
    const twice = {
      updates: [
        { customField, issueIds: [10001], value: 1 },
        { customField, issueIds: [10001], value: 2 },
      ],
    };
    expect((await h.jira(APP, route`/rest/api/3/app/field/value`, 'POST', twice)).status).toBe(400);
    expect(h.store.fields.getValue('csi-score-field', 10001)).toBeNull();
  });
});

describe('POST /issue/properties/multi (bulkSetIssuePropertiesByIssue)', () => {
  it('sets each issue its own value and answers 303 with the task location; unknown issues are ignored', async () => {
    const res = await h.jira(APP, route`/rest/api/3/issue/properties/multi`, 'POST', {
      issues: [
        { issueID: 10001, properties: { 'csi-score': { score: 70 } } },
        { issueID: 10002, properties: { 'csi-score': { score: 30 } } },
        { issueID: 999999, properties: { 'csi-score': { score: 1 } } },
      ],
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/\/rest\/api\/3\/task\/\d+$/);
    const read = await h.jira('u-viewer', route`/rest/api/3/issue/${'CSI-2'}/properties/${'csi-score'}`);
    expect(read.body).toEqual({ key: 'csi-score', value: { score: 30 } });
  });

  it('refuses more than 100 issues and more than 10 properties per issue (400), writing nothing', async () => {
    const issues = Array.from({ length: 101 }, (_, i) => ({ issueID: 10001 + i, properties: { p: 1 } }));
    expect((await h.jira(APP, route`/rest/api/3/issue/properties/multi`, 'POST', { issues })).status).toBe(400);
    const properties = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`p${i}`, i]));
    const many = { issues: [{ issueID: 10001, properties }] };
    expect((await h.jira(APP, route`/rest/api/3/issue/properties/multi`, 'POST', many)).status).toBe(400);
    expect(h.store.properties.get(10001, 'p')).toBeUndefined();
  });

  it('skips an issue the user may not edit (the operation is non-transactional)', async () => {
    const res = await h.jira('u-viewer', route`/rest/api/3/issue/properties/multi`, 'POST', {
      issues: [{ issueID: 10001, properties: { 'csi-score': { score: 99.9 } } }],
    });
    expect(res.status).toBe(303);
    expect(h.store.properties.get(10001, 'csi-score')).toBeUndefined();
  });
});
