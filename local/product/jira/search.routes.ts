import { createHash } from 'node:crypto';
import type { ServiceResponse } from '../../runtime/service';
import { compileJql, isJqlError } from '../jql/jql';
import { accountIdOf, canBrowse, hasProjectPermission } from './access';
import { parseFieldSelection, splitList } from './field-selection';
import { renderIssue } from './issue-view';
import type { JiraContext } from './jira-context';
import { isRecord, jiraError, ok } from './jira-http';
import { route, type JiraRoute } from './jira-route';

interface SearchRequest {
  jql: string;
  fields: string[] | undefined;
  maxResults: number;
  nextPageToken: string | undefined;
  /** Issue properties to return (`SearchAndReconcileRequestBean.properties`: "up to 5 issue properties"). */
  properties: string[];
}

const MAX_PROPERTIES = 5;

const DEFAULT_MAX = 50;

const jqlHash = (jql: string) => createHash('sha256').update(jql).digest('hex').slice(0, 12);

/** Page tokens are opaque to clients; here they carry the offset and a hash of the query. */
const encodeToken = (offset: number, jql: string) =>
  Buffer.from(JSON.stringify({ o: offset, q: jqlHash(jql) })).toString('base64url');

function decodeToken(token: string | undefined, jql: string): number | undefined {
  if (token === undefined || token === '') return 0;
  try {
    const { o, q } = JSON.parse(Buffer.from(token, 'base64url').toString()) as { o: unknown; q: unknown };
    return typeof o === 'number' && q === jqlHash(jql) ? o : undefined;
  } catch {
    return undefined;
  }
}

function fromBody(body: unknown): SearchRequest | ServiceResponse {
  if (!isRecord(body) || typeof body.jql !== 'string') return jiraError(400, ['The request body must contain jql.']);
  const fields = body.fields === undefined ? undefined : body.fields;
  if (fields !== undefined && !(Array.isArray(fields) && fields.every((f) => typeof f === 'string'))) {
    return jiraError(400, ['fields must be a list of field ids.']);
  }
  const properties = body.properties ?? [];
  if (!(Array.isArray(properties) && properties.every((p) => typeof p === 'string')))
    return jiraError(400, ['properties must be a list of issue property keys.']);
  const propertyKeys = splitList(properties);
  if (propertyKeys.length > MAX_PROPERTIES)
    return jiraError(400, [`At most ${MAX_PROPERTIES} issue properties can be requested.`]);
  const token = body.nextPageToken;
  return {
    properties: propertyKeys,
    jql: body.jql,
    fields: fields === undefined ? undefined : splitList(fields),
    maxResults: typeof body.maxResults === 'number' ? body.maxResults : DEFAULT_MAX,
    nextPageToken: typeof token === 'string' ? token : undefined,
  };
}

function search(ctx: JiraContext, request: SearchRequest): ServiceResponse {
  if (!Number.isInteger(request.maxResults) || request.maxResults < 0)
    return jiraError(400, ['maxResults must be a non-negative integer.']);
  const offset = decodeToken(request.nextPageToken, request.jql);
  if (offset === undefined) return jiraError(400, ['The nextPageToken is invalid or does not belong to this query.']);
  let compiled;
  try {
    const canBrowseProject = (id: number) => hasProjectPermission(ctx.store, ctx.subject, id, 'BROWSE_PROJECTS');
    compiled = compileJql(ctx.store, ctx.aliases, request.jql, {
      accountId: accountIdOf(ctx.subject),
      now: ctx.now,
      canBrowseProject,
    });
  } catch (error) {
    if (isJqlError(error)) return jiraError(400, [error.message]);
    throw error;
  }
  const selection = parseFieldSelection(request.fields, 'id');
  const limit = Math.min(request.maxResults, selection === 'ids-only' ? 5000 : 100);
  const hits = ctx.store.issues
    .list()
    .filter((i) => canBrowse(ctx.store, ctx.subject, i) && compiled.matches(i))
    .sort(compiled.compare);
  const page = hits.slice(offset, offset + limit);
  const isLast = offset + page.length >= hits.length;
  return ok({
    issues: page.map((i) =>
      withProperties(ctx, renderIssue(ctx.store, i, selection, ctx.subject), i.id, request.properties),
    ),
    ...(isLast || page.length === 0 ? {} : { nextPageToken: encodeToken(offset + page.length, request.jql) }),
    isLast,
  });
}

/**
 * The requested issue properties an issue has, as `IssueBean.properties` ("Details of the issue
 * properties identified in the request"; jira-platform.json); absent when none were requested.
 */
function withProperties<T extends object>(ctx: JiraContext, bean: T, issueId: number, keys: readonly string[]) {
  if (keys.length === 0) return bean;
  const properties: Record<string, unknown> = {};
  for (const key of keys) {
    const value = ctx.store.properties.get(issueId, key);
    if (value !== undefined) properties[key] = value;
  }
  return { ...bean, properties };
}

/** Enhanced JQL search: `POST /search/jql` with `nextPageToken` paging; results limited to browsable issues. */
export const searchRoutes: JiraRoute[] = [
  route('POST', /^\/rest\/api\/3\/search\/jql$/, 'search', (ctx) => {
    const request = fromBody(ctx.body);
    return 'status' in request ? request : search(ctx, request);
  }),
];
