import type { ServiceResponse } from '../../runtime/service';
import { canBrowse, hasGlobal, hasProjectPermission, type Subject } from './access';
import type { JiraContext } from './jira-context';
import { forbidden, isRecord, jiraError, ok } from './jira-http';
import { findPermission } from './permission-catalogue';

interface ProjectPermissionsQuery {
  permissions: string[];
  projects: number[];
  issues: number[];
}

const numbers = (v: unknown): number[] => (Array.isArray(v) ? v.filter((n): n is number => typeof n === 'number') : []);
const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s !== '') : [];

function parseQueries(raw: unknown): ProjectPermissionsQuery[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isRecord).map((q) => ({
    permissions: strings(q.permissions),
    projects: numbers(q.projects),
    issues: numbers(q.issues),
  }));
}

/** Whom the check is about: `accountId` if given (admins only, for others), else the caller. */
function subjectFor(ctx: JiraContext, accountId: unknown): Subject | ServiceResponse {
  if (typeof accountId !== 'string' || accountId === '') return ctx.subject;
  const user = ctx.store.users.get(accountId);
  if (
    ctx.subject.kind === 'user' &&
    ctx.subject.user.accountId !== accountId &&
    !hasGlobal(ctx.subject, 'ADMINISTER')
  ) {
    return forbidden("You don't have permission to check permissions of other users.");
  }
  if (!user) return jiraError(404, [`The user with account ID '${accountId}' does not exist.`]);
  return { kind: 'user', user };
}

function grants(ctx: JiraContext, subject: Subject, queries: ProjectPermissionsQuery[]) {
  const byPermission = new Map<string, { projects: Set<number>; issues: Set<number> }>();
  for (const q of queries) {
    for (const permission of q.permissions) {
      const entry = byPermission.get(permission) ?? { projects: new Set(), issues: new Set() };
      byPermission.set(permission, entry);
      for (const id of q.projects) {
        if (ctx.store.projects.get(id) && hasProjectPermission(ctx.store, subject, id, permission))
          entry.projects.add(id);
      }
      for (const id of q.issues) {
        const issue = ctx.store.issues.get(id);
        if (!issue || !canBrowse(ctx.store, subject, issue)) continue;
        if (hasProjectPermission(ctx.store, subject, issue.projectId, permission)) entry.issues.add(id);
      }
    }
  }
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return [...byPermission]
    .filter(([, e]) => e.projects.size > 0 || e.issues.size > 0)
    .map(([permission, e]) => ({ permission, projects: sorted(e.projects), issues: sorted(e.issues) }));
}

/** "A maximum of 1000 projects and 1000 issues can be checked": more valid ids are a 400 (jira-platform.json). */
function tooManyIds(ctx: JiraContext, queries: ProjectPermissionsQuery[]): ServiceResponse | undefined {
  const issues = new Set(queries.flatMap((q) => q.issues).filter((id) => ctx.store.issues.get(id)));
  const projects = new Set(queries.flatMap((q) => q.projects).filter((id) => ctx.store.projects.get(id)));
  if (issues.size <= 1000 && projects.size <= 1000) return undefined;
  return jiraError(400, ['A maximum of 1000 projects and 1000 issues can be checked.']);
}

/**
 * `POST /rest/api/3/permissions/check`: the global permissions granted, and per project permission
 * the given project and issue ids it is granted for. Unknown ids are ignored, as in Jira.
 */
export function checkBulkPermissions(ctx: JiraContext): ServiceResponse {
  if (!isRecord(ctx.body)) return jiraError(400, ['The request body is required.']);
  const subject = subjectFor(ctx, ctx.body.accountId);
  if ('status' in subject) return subject;
  const queries = parseQueries(ctx.body.projectPermissions);
  const tooMany = tooManyIds(ctx, queries);
  if (tooMany) return tooMany;
  const globals = strings(ctx.body.globalPermissions);
  const unknown = [...globals, ...queries.flatMap((q) => q.permissions)].filter((k) => !findPermission(k));
  if (unknown.length > 0) return jiraError(400, [`Unrecognized permission keys: ${[...new Set(unknown)].join(', ')}`]);
  return ok({
    globalPermissions: globals.filter((key) => hasGlobal(subject, key)),
    projectPermissions: grants(ctx, subject, queries),
  });
}
