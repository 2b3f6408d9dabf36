import type { ProductStore } from '../product-store';
import { fieldKeyOf } from '../../runtime/site';
import { JIRA_BASE_URL, jiraError, ok } from './jira-http';
import { route, type JiraRoute } from './jira-route';
import { renderUser } from './render';

/** The account Jira shows for the app acting as itself (asApp). */
export const APP_ACCOUNT_ID = 'local-csi-app-user';

const appUser = () => ({
  self: `${JIRA_BASE_URL}/rest/api/3/user?accountId=${APP_ACCOUNT_ID}`,
  accountId: APP_ACCOUNT_ID,
  accountType: 'app',
  avatarUrls: {},
  displayName: 'CSI for Jira and Confluence',
  active: true,
  timeZone: 'Etc/UTC',
  locale: 'en_US',
});

const SYSTEM_FIELDS = [
  ['summary', 'Summary', 'string'],
  ['description', 'Description', 'string'],
  ['issuetype', 'Issue Type', 'issuetype'],
  ['project', 'Project', 'project'],
  ['status', 'Status', 'status'],
  ['priority', 'Priority', 'priority'],
  ['labels', 'Labels', 'array'],
  ['assignee', 'Assignee', 'user'],
  ['reporter', 'Reporter', 'user'],
  ['created', 'Created', 'datetime'],
  ['updated', 'Updated', 'datetime'],
  ['duedate', 'Due date', 'date'],
  ['issuelinks', 'Linked Issues', 'array'],
] as const;

function listFields(store: ProductStore) {
  const system = SYSTEM_FIELDS.map(([id, name, type]) => ({
    id,
    key: id,
    name,
    custom: false,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: [id],
    schema: { type, system: id },
  }));
  const custom = store.fields.list().map((def) => ({
    id: def.id,
    key: fieldKeyOf(def, def.moduleKey),
    name: def.name,
    custom: true,
    orderable: true,
    navigable: true,
    searchable: true,
    clauseNames: [`cf[${def.id.replace('customfield_', '')}]`, def.name],
    schema: {
      type: def.type,
      // jira-custom-field "Field lifecycle": schema.custom is the exact module id, environment included
      custom: def.extension,
      customId: Number(def.id.replace('customfield_', '')),
    },
  }));
  return [...system, ...custom];
}

/** `/myself`, `/user/bulk`, `/user/search`, `/field`. */
export const userRoutes: JiraRoute[] = [
  route('GET', /^\/rest\/api\/3\/myself$/, 'read', (ctx) =>
    ok(ctx.subject.kind === 'app' ? appUser() : renderUser(ctx.subject.user)),
  ),
  route('GET', /^\/rest\/api\/3\/user\/bulk$/, 'read', (ctx) => {
    const ids = ctx.query.getAll('accountId');
    if (ids.length === 0) return jiraError(400, ['The query parameter accountId is required.']);
    const users = ids.map((id) => ctx.store.users.get(id)).filter((u) => u !== undefined);
    const startAt = Number(ctx.query.get('startAt') ?? 0);
    const maxResults = Number(ctx.query.get('maxResults') ?? 10);
    const values = users.slice(startAt, startAt + maxResults).map(renderUser);
    const isLast = startAt + maxResults >= users.length;
    return ok({
      self: `${JIRA_BASE_URL}/rest/api/3/user/bulk`,
      maxResults,
      startAt,
      total: users.length,
      isLast,
      values,
    });
  }),
  route('GET', /^\/rest\/api\/3\/user\/search$/, 'search', (ctx) => {
    const query = (ctx.query.get('query') ?? '').trim().toLowerCase();
    if (query === '') return jiraError(400, ['The query parameter query is required.']);
    const maxResults = Math.min(Number(ctx.query.get('maxResults') ?? 50), 1000);
    const matches = ctx.store.users
      .list()
      .filter((u) => u.displayName.toLowerCase().includes(query) || u.email.toLowerCase().startsWith(query));
    return ok(matches.slice(0, maxResults).map(renderUser));
  }),
  route('GET', /^\/rest\/api\/3\/field$/, 'read', (ctx) => ok(listFields(ctx.store))),
];
