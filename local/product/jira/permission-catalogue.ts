import type { ProjectPermission } from '../product-types';

/** How a permission is granted in the simulator. */
type Grant = { by: 'siteAdmin' } | { by: 'everyone' } | { by: 'project'; permission: ProjectPermission };

/** A Jira permission as `mypermissions` describes it (ids as in Jira Cloud). */
export interface PermissionDef {
  id: string;
  key: string;
  name: string;
  type: 'GLOBAL' | 'PROJECT';
  description: string;
  grant: Grant;
}

const project = (permission: ProjectPermission): Grant => ({ by: 'project', permission });

/** The permissions the simulator knows, and how each is granted. */
export const PERMISSIONS: readonly PermissionDef[] = [
  {
    id: '0',
    key: 'ADMINISTER',
    name: 'Administer Jira',
    type: 'GLOBAL',
    description:
      'Create and administer projects, issue types, fields, workflows, and schemes for all projects. Users with this permission can perform most administration tasks, except: managing users, importing data, and editing system email settings.',
    grant: { by: 'siteAdmin' },
  },
  {
    id: '44',
    key: 'SYSTEM_ADMIN',
    name: 'Jira System Administrator',
    type: 'GLOBAL',
    description:
      'Ability to perform all administration functions. There must be at least one group with this permission.',
    grant: { by: 'siteAdmin' },
  },
  {
    id: '27',
    key: 'USER_PICKER',
    name: 'Browse users and groups',
    type: 'GLOBAL',
    description:
      'View and select users or groups from the user picker, and share issues. Users with this permission can see the names of all users and groups on your site.',
    grant: { by: 'everyone' },
  },
  {
    id: '22',
    key: 'CREATE_SHARED_OBJECTS',
    name: 'Share dashboards and filters',
    type: 'GLOBAL',
    description: 'Share dashboards and filters with other users.',
    grant: { by: 'everyone' },
  },
  {
    id: '10',
    key: 'BROWSE_PROJECTS',
    name: 'Browse Projects',
    type: 'PROJECT',
    description: 'Ability to browse projects and the issues within them.',
    grant: project('BROWSE_PROJECTS'),
  },
  {
    id: '11',
    key: 'CREATE_ISSUES',
    name: 'Create Issues',
    type: 'PROJECT',
    description: 'Ability to create issues.',
    grant: project('CREATE_ISSUES'),
  },
  {
    id: '12',
    key: 'EDIT_ISSUES',
    name: 'Edit Issues',
    type: 'PROJECT',
    description: 'Ability to edit issues.',
    grant: project('EDIT_ISSUES'),
  },
  {
    id: '13',
    key: 'ASSIGN_ISSUES',
    name: 'Assign Issues',
    type: 'PROJECT',
    description: 'Ability to assign issues to other people.',
    grant: project('EDIT_ISSUES'),
  },
  {
    id: '15',
    key: 'ADD_COMMENTS',
    name: 'Add Comments',
    type: 'PROJECT',
    description: 'Ability to comment on issues.',
    grant: project('BROWSE_PROJECTS'),
  },
  {
    id: '16',
    key: 'DELETE_ISSUES',
    name: 'Delete Issues',
    type: 'PROJECT',
    description: 'Ability to delete issues.',
    grant: project('ADMINISTER_PROJECTS'),
  },
  {
    id: '21',
    key: 'LINK_ISSUES',
    name: 'Link Issues',
    type: 'PROJECT',
    description: 'Ability to link issues together and create linked issues. Only useful if issue linking is turned on.',
    grant: project('LINK_ISSUES'),
  },
  {
    id: '23',
    key: 'ADMINISTER_PROJECTS',
    name: 'Administer Projects',
    type: 'PROJECT',
    description: 'Ability to administer a project in Jira.',
    grant: project('ADMINISTER_PROJECTS'),
  },
  {
    id: '46',
    key: 'TRANSITION_ISSUES',
    name: 'Transition Issues',
    type: 'PROJECT',
    description: 'Ability to transition issues.',
    grant: project('TRANSITION_ISSUES'),
  },
];

/** Looks a permission up by key (as Jira, keys are upper case). */
export const findPermission = (key: string): PermissionDef | undefined => PERMISSIONS.find((p) => p.key === key);
