/** Records the product simulator keeps: the state of a small Jira site and Confluence space. */

/** A person on the simulated site. */
export interface ProductUser {
  accountId: string;
  displayName: string;
  email: string;
  /** Holds the Jira global permission ADMINISTER (and SYSTEM_ADMIN). */
  siteAdmin: boolean;
}

/** The project permissions the simulator stores per project and account. */
export const PROJECT_PERMISSIONS = [
  'BROWSE_PROJECTS',
  'EDIT_ISSUES',
  'CREATE_ISSUES',
  'TRANSITION_ISSUES',
  'ADMINISTER_PROJECTS',
  'LINK_ISSUES',
  'ASSIGNABLE_USER',
] as const;

/** A project permission key the simulator stores grants for. */
export type ProjectPermission = (typeof PROJECT_PERMISSIONS)[number];

/** A Jira project: numeric id, key and name. */
export interface ProductProject {
  id: number;
  key: string;
  name: string;
  leadAccountId: string | null;
}

/** Jira's status category keys: To Do, In Progress, Done. */
export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

/** A Jira issue as the simulator stores it. */
export interface ProductIssue {
  id: number;
  key: string;
  projectId: number;
  summary: string;
  /** Plain text; rendered as Atlassian Document Format by the v3 API. */
  description: string;
  issueType: { id: string; name: string };
  status: { name: string; statusCategory: StatusCategoryKey };
  priority: string;
  labels: string[];
  assigneeId: string | null;
  reporterId: string | null;
  /** ISO-8601 instants (UTC). */
  created: string;
  updated: string;
  /** `YYYY-MM-DD` or null. */
  duedate: string | null;
}

/** A Forge app custom field (`jira:customField`), known to Jira by a `customfield_N` id. */
export interface CustomFieldDef {
  id: string;
  /** The manifest module key. */
  moduleKey: string;
  name: string;
  type: 'number' | 'string' | 'date' | 'datetime' | 'user' | 'object';
}

/** One changed field, as Jira writes it in a changelog and in `avi:jira:updated:issue`. */
export interface ChangeItem {
  field: string;
  fieldtype: 'jira' | 'custom';
  fieldId: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

/** One changelog entry: who changed what, and when. */
export interface ChangelogEntry {
  id: number;
  issueId: number;
  authorId: string | null;
  created: string;
  items: ChangeItem[];
}

/** A Confluence space; ids are numeric strings. */
export interface ConfluenceSpace {
  id: string;
  key: string;
  name: string;
  homepageId: string | null;
}

/** A Confluence page with its storage-format body. */
export interface ConfluencePage {
  id: string;
  spaceId: string;
  title: string;
  /** Confluence storage format (XHTML). */
  body: string;
  parentId: string | null;
  authorId: string;
  createdAt: string;
  version: number;
}
