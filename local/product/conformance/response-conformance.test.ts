import { confluenceSpec, jiraSpec } from './openapi-spec';
import { ResponseConformance } from './response-conformance';

// The checker is what keeps the simulator honest, so it is itself checked against schemas of the
// vendor's descriptions (../shared/platform): a conforming body passes, a drifted one does not.
describe('ResponseConformance (Jira platform OpenAPI)', () => {
  const jira = new ResponseConformance(jiraSpec());

  it('accepts a BulkPermissionGrants body for POST /rest/api/3/permissions/check', () => {
    const body = {
      globalPermissions: [],
      projectPermissions: [{ permission: 'BROWSE_PROJECTS', issues: [10001], projects: [] }],
    };
    expect(jira.check('POST', '/rest/api/3/permissions/check', 200, body)).toEqual({ kind: 'conforms' });
  });

  it('refuses a BulkPermissionGrants body with a property the schema forbids (additionalProperties: false)', () => {
    const body = { globalPermissions: [], projectPermissions: [], extra: true };
    expect(jira.check('POST', '/rest/api/3/permissions/check', 200, body)).toMatchObject({ kind: 'violates' });
  });

  it('refuses a BulkPermissionGrants body without the required projectPermissions', () => {
    const verdict = jira.check('POST', '/rest/api/3/permissions/check', 200, { globalPermissions: [] });
    expect(verdict).toMatchObject({ kind: 'violates', template: '/rest/api/3/permissions/check' });
  });

  it('refuses a User whose accountId is a number (schema User.accountId: string)', () => {
    expect(jira.check('GET', '/rest/api/3/myself', 200, { accountId: 42 })).toMatchObject({ kind: 'violates' });
  });

  it('prefers the literal path /rest/api/3/user/bulk over a templated sibling', () => {
    const page = { isLast: true, maxResults: 10, startAt: 0, total: 0, values: [] };
    expect(jira.check('GET', '/rest/api/3/user/bulk', 200, page)).toEqual({ kind: 'conforms' });
  });

  it('calls a path outside the description undocumented', () => {
    expect(jira.check('GET', '/rest/api/3/no-such-thing', 200, {})).toMatchObject({ kind: 'undocumented' });
  });
});

describe('ResponseConformance (Confluence v2 OpenAPI, server path /wiki/api/v2)', () => {
  const confluence = new ResponseConformance(confluenceSpec());

  it('resolves /wiki/api/v2/pages/{id} and checks the page body', () => {
    expect(confluence.check('GET', '/wiki/api/v2/pages/123', 200, { id: 123 })).toMatchObject({ kind: 'violates' });
    expect(confluence.check('GET', '/wiki/api/v2/pages/123', 200, { id: '123', title: 'T' })).toEqual({
      kind: 'conforms',
    });
  });
});
