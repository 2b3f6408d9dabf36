import api, { route } from '@forge/api';
import * as z from 'zod';
import { requestWithRetry } from '../product/request-with-retry';
import type { PlatformContext } from '../resolvers/platform-context';
import type { Grants, Permission } from './permission';
import { loadSettings } from '../storage/settings.repository';
import type { Memo } from '../resolvers/memo';

const permissionCheckResponse = z.object({
  globalPermissions: z.array(z.string()).default([]),
  projectPermissions: z
    .array(
      z.object({
        permission: z.string(),
        issues: z.array(z.number()).default([]),
        projects: z.array(z.number()).default([]),
      }),
    )
    .default([]),
});

/**
 * Asks the products, as the calling user, for every permission in `asked` and returns the grants.
 * One Jira `permissions/check` call covers site admin, browse and edit; Confluence is asked only
 * when `viewPage` is needed. Throws when a check itself fails: the caller fails closed.
 *
 * @example await checkGrants(['browseIssue', 'editIssue'], ctx) // { browseIssue: true, editIssue: false }
 */
export async function checkGrants(asked: readonly Permission[], ctx: PlatformContext, memo: Memo): Promise<Grants> {
  const grants: Grants = {};
  const want = new Set(asked);
  if (want.has('csiAdmin')) want.add('siteAdmin');
  if (needsJira(want)) Object.assign(grants, await checkJira(want, ctx));
  if (want.has('viewPage')) grants.viewPage = await canViewPage(ctx);
  if (want.has('csiAdmin')) {
    grants.csiAdmin =
      grants.siteAdmin === true || (await memo('settings', loadSettings)).csiAdmins.includes(ctx.accountId);
  }
  return grants;
}

function needsJira(want: Set<Permission>): boolean {
  return ['siteAdmin', 'browseIssue', 'editIssue', 'browseProject'].some((p) => want.has(p as Permission));
}

async function checkJira(want: Set<Permission>, ctx: PlatformContext): Promise<Grants> {
  const issueId = numericId(ctx.extension.issue?.id);
  const projectId = numericId(ctx.extension.project?.id);
  const issuePerms = [want.has('browseIssue') && 'BROWSE_PROJECTS', want.has('editIssue') && 'EDIT_ISSUES'].filter(
    (p): p is string => typeof p === 'string',
  );
  const projectPermissions = [
    ...(issuePerms.length > 0 && issueId !== undefined ? [{ permissions: issuePerms, issues: [issueId] }] : []),
    ...(want.has('browseProject') && projectId !== undefined
      ? [{ permissions: ['BROWSE_PROJECTS'], projects: [projectId] }]
      : []),
  ];
  const body = { globalPermissions: want.has('siteAdmin') ? ['ADMINISTER'] : [], projectPermissions };
  // A read-only POST: safe to retry when Jira is busy.
  const res = await requestWithRetry(() =>
    api.asUser().requestJira(route`/rest/api/3/permissions/check`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    }),
  );
  if (!res.ok) throw new Error(`Jira permission check failed with ${res.status}`);
  const result = permissionCheckResponse.parse(await res.json());
  const has = (permission: string, list: 'issues' | 'projects', id: number | undefined) =>
    id !== undefined && result.projectPermissions.some((p) => p.permission === permission && p[list].includes(id));
  return {
    siteAdmin: result.globalPermissions.includes('ADMINISTER'),
    browseIssue: has('BROWSE_PROJECTS', 'issues', issueId),
    editIssue: has('EDIT_ISSUES', 'issues', issueId),
    browseProject: has('BROWSE_PROJECTS', 'projects', projectId),
  };
}

/**
 * Can the user view the content the macro is on? A page or a blog post (the macro context's
 * `content.type`), published or an unpublished draft: Confluence REST v2 `GET /pages/{id}` and
 * `GET /blogposts/{id}` return only published content unless `status` asks for drafts too.
 */
async function canViewPage(ctx: PlatformContext): Promise<boolean> {
  const content = ctx.extension.content;
  if (!content?.id) return false;
  const type = content.type ?? 'page';
  if (type !== 'page' && type !== 'blogpost') return false;
  // Each request is written out whole: the Forge linter's scope check sees only inline routes.
  const res =
    type === 'page'
      ? await api.asUser().requestConfluence(route`/wiki/api/v2/pages/${content.id}?status=current&status=draft`, {
          headers: { Accept: 'application/json' },
        })
      : await api.asUser().requestConfluence(route`/wiki/api/v2/blogposts/${content.id}?status=current&status=draft`, {
          headers: { Accept: 'application/json' },
        });
  if (res.status === 404 || res.status === 403) return false;
  if (!res.ok) throw new Error(`Confluence page check failed with ${res.status}`);
  return true;
}

function numericId(id: string | undefined): number | undefined {
  if (id === undefined || !/^\d{1,18}$/.test(id)) return undefined;
  return Number(id);
}
