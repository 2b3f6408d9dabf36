import type { ProductStore } from '../product-store';
import type { ProductIssue, ProductUser } from '../product-types';
import { findPermission } from './permission-catalogue';

/** Who a permission question is about: the app acting as itself, or a user. */
export type Subject = { kind: 'app' } | { kind: 'user'; user: ProductUser };

/** Whether the subject holds a global permission. The app (asApp) holds every permission. */
export function hasGlobal(subject: Subject, key: string): boolean {
  if (subject.kind === 'app') return true;
  const def = findPermission(key);
  if (!def || def.type !== 'GLOBAL') return false;
  return def.grant.by === 'everyone' || (def.grant.by === 'siteAdmin' && subject.user.siteAdmin);
}

/** Whether the subject holds a project permission in the project. */
export function hasProjectPermission(store: ProductStore, subject: Subject, projectId: number, key: string): boolean {
  if (subject.kind === 'app') return true;
  const def = findPermission(key);
  if (!def || def.type !== 'PROJECT' || def.grant.by !== 'project') return false;
  return store.projects.hasGrant(projectId, subject.user.accountId, def.grant.permission);
}

/**
 * Whether the subject can see the issue: Browse Projects in its project and, when the issue has a
 * security level, membership of that level (issue-level security; see store/security-store.ts).
 */
export const canBrowse = (store: ProductStore, subject: Subject, issue: ProductIssue): boolean =>
  hasProjectPermission(store, subject, issue.projectId, 'BROWSE_PROJECTS') &&
  (subject.kind === 'app' || store.security.canSee(issue.id, subject.user.accountId));

/** The account id the subject acts as, undefined for the app. */
export const accountIdOf = (subject: Subject): string | undefined =>
  subject.kind === 'user' ? subject.user.accountId : undefined;
