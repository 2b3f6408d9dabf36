import type { ServiceResponse } from '../../runtime/service';
import type { ProductStore } from '../product-store';
import type { ProductProject } from '../product-types';
import { canBrowse, hasGlobal, hasInAnyProject, hasProjectPermission, type Subject } from './access';
import type { JiraContext } from './jira-context';
import { issueNotFound, jiraError, ok, projectNotFound } from './jira-http';
import { route, type JiraRoute } from './jira-route';
import { splitList } from './field-selection';
import { findPermission, type PermissionDef } from './permission-catalogue';
import { checkBulkPermissions } from './bulk-permissions';

type Scope = { kind: 'none' } | { kind: 'project'; project: ProductProject } | { kind: 'issue'; projectId: number };

/** Resolves `issueId`, `issueKey`, `projectId`, `projectKey` in Jira's order of precedence. */
function resolveScope(ctx: JiraContext): Scope | ServiceResponse {
  const q = ctx.query;
  const issueRef = q.get('issueId') ?? q.get('issueKey');
  if (issueRef) {
    const issue = ctx.store.issues.find(issueRef);
    if (!issue || !canBrowse(ctx.store, ctx.subject, issue)) return issueNotFound();
    return { kind: 'issue', projectId: issue.projectId };
  }
  const projectRef = q.get('projectId') ?? q.get('projectKey');
  if (projectRef) {
    const project = ctx.store.projects.find(projectRef);
    if (!project || !hasProjectPermission(ctx.store, ctx.subject, project.id, 'BROWSE_PROJECTS')) {
      return projectNotFound(projectRef);
    }
    return { kind: 'project', project };
  }
  return { kind: 'none' };
}

function havePermission(store: ProductStore, subject: Subject, def: PermissionDef, scope: Scope): boolean {
  if (def.type === 'GLOBAL') return hasGlobal(subject, def.key);
  if (scope.kind === 'none') return hasInAnyProject(store, subject, def.key);
  const projectId = scope.kind === 'project' ? scope.project.id : scope.projectId;
  return hasProjectPermission(store, subject, projectId, def.key);
}

function myPermissions(ctx: JiraContext): ServiceResponse {
  const keys = splitList(ctx.query.getAll('permissions'));
  if (keys.length === 0) return jiraError(400, ["The 'permissions' query parameter is required."]);
  const unknown = keys.filter((k) => !findPermission(k));
  if (unknown.length > 0) return jiraError(400, [`Invalid permission key(s): ${unknown.join(', ')}`]);
  const scope = resolveScope(ctx);
  if ('status' in scope) return scope;
  const permissions = Object.fromEntries(
    keys.map((key) => {
      const def = findPermission(key)!;
      const { id, name, type, description } = def;
      return [
        key,
        { id, key, name, type, description, havePermission: havePermission(ctx.store, ctx.subject, def, scope) },
      ];
    }),
  );
  return ok({ permissions });
}

/** `GET /mypermissions` and `POST /permissions/check`. */
export const permissionRoutes: JiraRoute[] = [
  route('GET', /^\/rest\/api\/3\/mypermissions$/, 'read', myPermissions),
  route('POST', /^\/rest\/api\/3\/permissions\/check$/, 'read', checkBulkPermissions),
];
