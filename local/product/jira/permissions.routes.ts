import { route, type JiraRoute } from './jira-route';
import { checkBulkPermissions } from './bulk-permissions';

/** `POST /permissions/check`: the bulk permission check the app runs asUser (see bulk-permissions.ts). */
export const permissionRoutes: JiraRoute[] = [
  route('POST', /^\/rest\/api\/3\/permissions\/check$/, 'read', checkBulkPermissions),
];
