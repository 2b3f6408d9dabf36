import { DEFAULT_SEED_BASE_DATE, ISSUE_TYPE_IDS, PROJECTS, USERS } from './demo-ids';
import type { ProductStore } from './product-store';
import type { ProductIssue, ProductProject, ProjectPermission } from './product-types';
import { seedConfluence } from './seed-confluence';
import { OPS_ISSUES, SEED_INITIATIVES, type SeedUser } from './seed-initiatives';
import { findIssueType, findStatus } from './workflow';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const WORKING: ProjectPermission[] = [
  'BROWSE_PROJECTS',
  'EDIT_ISSUES',
  'CREATE_ISSUES',
  'TRANSITION_ISSUES',
  'LINK_ISSUES',
  'ASSIGNABLE_USER',
];
const CSI_ADMIN: ProjectPermission[] = [
  'BROWSE_PROJECTS',
  'EDIT_ISSUES',
  'TRANSITION_ISSUES',
  'LINK_ISSUES',
  'ADMINISTER_PROJECTS',
  'ASSIGNABLE_USER',
];

const PEOPLE: Array<[string, string, string, boolean]> = [
  [USERS.siteAdmin, 'Ada Admin', 'ada.admin@example.com', true],
  [USERS.csiAdmin, 'Chen Okafor', 'chen.okafor@example.com', false],
  [USERS.editor, 'Eli Marsh', 'eli.marsh@example.com', false],
  [USERS.viewer, 'Vera Lind', 'vera.lind@example.com', false],
  [USERS.outsider, 'Omar Reyes', 'omar.reyes@example.com', false],
];

function seedUsersAndProjects(store: ProductStore): void {
  for (const [accountId, displayName, email, siteAdmin] of PEOPLE) {
    store.users.upsert({ accountId, displayName, email, siteAdmin });
  }
  store.projects.upsert({ ...PROJECTS.csi, leadAccountId: USERS.csiAdmin });
  store.projects.upsert({ ...PROJECTS.ops, leadAccountId: USERS.outsider });
  store.projects.grant(PROJECTS.csi.id, USERS.csiAdmin, CSI_ADMIN);
  store.projects.grant(PROJECTS.csi.id, USERS.editor, WORKING);
  store.projects.grant(PROJECTS.csi.id, USERS.viewer, ['BROWSE_PROJECTS', 'ASSIGNABLE_USER']);
  store.projects.grant(PROJECTS.ops.id, USERS.outsider, WORKING);
  // Jira administrators usually see every project through the permission scheme.
  for (const id of [PROJECTS.csi.id, PROJECTS.ops.id]) {
    store.projects.grant(id, USERS.siteAdmin, ['BROWSE_PROJECTS', 'ADMINISTER_PROJECTS']);
  }
}

type NewIssue = Omit<ProductIssue, 'id' | 'key' | 'projectId'>;

function addIssue(store: ProductStore, project: ProductProject, fields: NewIssue): void {
  const { id, key } = store.issues.allocate(project.id, project.key);
  store.issues.save({ id, key, projectId: project.id, ...fields });
}

const status = (name: string) => {
  const def = findStatus(name)!;
  return { name: def.name, statusCategory: def.category };
};

const userId = (who: SeedUser): string | null => (who ? USERS[who] : null);

function seedIssues(store: ProductStore, base: number): void {
  const at = (daysAgo: number, hour: number) => new Date(base - daysAgo * DAY_MS + hour * HOUR_MS).toISOString();
  const csi = store.projects.get(PROJECTS.csi.id)!;
  SEED_INITIATIVES.forEach((s, n) => {
    addIssue(store, csi, {
      summary: s.summary,
      description: s.description,
      issueType: { id: ISSUE_TYPE_IDS.improvement, name: 'Improvement' },
      status: status(s.status),
      priority: s.priority,
      labels: s.labels,
      assigneeId: userId(s.assignee),
      reporterId: USERS[s.reporter],
      created: at(s.createdDaysAgo, n % 7),
      updated: at(s.updatedDaysAgo, (n % 7) + 1),
      duedate: s.dueInDays === null ? null : at(-s.dueInDays, 0).slice(0, 10),
    });
  });
  const ops = store.projects.get(PROJECTS.ops.id)!;
  OPS_ISSUES.forEach(([type, summary, description, statusName, priority], n) => {
    addIssue(store, ops, {
      summary,
      description,
      issueType: { id: findIssueType(type)!.id, name: findIssueType(type)!.name },
      status: status(statusName),
      priority,
      labels: ['ops'],
      assigneeId: USERS.outsider,
      reporterId: USERS.outsider,
      created: at(40 - n * 9, 10),
      updated: at(10 - n * 2, 11),
      duedate: null,
    });
  });
}

/** The one issue security level of the demo site, and the initiative it protects. */
export const SECURED = {
  level: { id: 10100, name: 'Security team', description: 'Access-control work: security team and CSI leads only' },
  members: [USERS.siteAdmin, USERS.csiAdmin, USERS.editor],
  summary: 'Revoke leaver access within four hours',
} as const;

/** Issue-level security: the viewer can browse project CSI but not the secured initiative. */
function seedSecurity(store: ProductStore): void {
  store.security.defineLevel(SECURED.level, SECURED.members);
  const issue = store.issues.list(PROJECTS.csi.id).find((i) => i.summary === SECURED.summary);
  if (!issue) throw new Error(`Seeded issue missing: ${SECURED.summary}`);
  store.security.setIssueLevel(issue.id, SECURED.level.id);
}

/**
 * Seeds the demo site: five users, projects CSI and OPS with permission grants, 26 CSI improvement
 * initiatives (one behind an issue security level) and 4 OPS issues, and the Confluence space CSI
 * with the "CSI report" page. All dates derive from `baseDate` (never the clock), so every seed is
 * identical. Does nothing if already seeded.
 *
 * @example
 * seedProductDemo(store); // base date 2026-11-01
 * seedProductDemo(store, '2027-03-01T09:00:00.000Z');
 */
export function seedProductDemo(store: ProductStore, baseDate: string = DEFAULT_SEED_BASE_DATE): void {
  if (store.users.get(USERS.siteAdmin)) return;
  const base = Date.parse(baseDate);
  if (Number.isNaN(base)) throw new Error(`Invalid seed base date: ${baseDate}`);
  store.transaction(() => {
    seedUsersAndProjects(store);
    seedIssues(store, base);
    seedSecurity(store);
    seedConfluence(store, base);
  });
}
