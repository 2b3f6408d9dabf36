import type { ProjectPermission } from '../product-types';

/** How a permission is granted in the simulator. */
type Grant = { by: 'siteAdmin' } | { by: 'everyone' } | { by: 'project'; permission: ProjectPermission };

/**
 * A Jira permission key the bulk permission check accepts (keys as in Jira Cloud's
 * `GET /permissions`), its type and how the simulator grants it.
 */
export interface PermissionDef {
  key: string;
  type: 'GLOBAL' | 'PROJECT';
  grant: Grant;
}

const siteWide = (key: string, grant: Grant): PermissionDef => ({ key, type: 'GLOBAL', grant });
const inProject = (key: string, permission: ProjectPermission): PermissionDef => ({
  key,
  type: 'PROJECT',
  grant: { by: 'project', permission },
});

/** The permissions the simulator knows, and how each is granted. */
export const PERMISSIONS: readonly PermissionDef[] = [
  siteWide('ADMINISTER', { by: 'siteAdmin' }),
  siteWide('SYSTEM_ADMIN', { by: 'siteAdmin' }),
  siteWide('USER_PICKER', { by: 'everyone' }),
  siteWide('CREATE_SHARED_OBJECTS', { by: 'everyone' }),
  inProject('BROWSE_PROJECTS', 'BROWSE_PROJECTS'),
  inProject('CREATE_ISSUES', 'CREATE_ISSUES'),
  inProject('EDIT_ISSUES', 'EDIT_ISSUES'),
  inProject('ASSIGN_ISSUES', 'EDIT_ISSUES'),
  inProject('ADD_COMMENTS', 'BROWSE_PROJECTS'),
  inProject('DELETE_ISSUES', 'ADMINISTER_PROJECTS'),
  inProject('LINK_ISSUES', 'LINK_ISSUES'),
  inProject('ADMINISTER_PROJECTS', 'ADMINISTER_PROJECTS'),
  inProject('TRANSITION_ISSUES', 'TRANSITION_ISSUES'),
  // "Users with this permission may be assigned to issues" (Jira Cloud's project permissions).
  inProject('ASSIGNABLE_USER', 'ASSIGNABLE_USER'),
];

/** Looks a permission up by key (as Jira, keys are upper case). */
export const findPermission = (key: string): PermissionDef | undefined => PERMISSIONS.find((p) => p.key === key);
