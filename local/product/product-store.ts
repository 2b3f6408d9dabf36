import type { Database } from 'better-sqlite3';
import { migrateProduct } from './product-schema';
import { ConfluenceStore } from './store/confluence-store';
import { FieldStore } from './store/field-store';
import { HistoryStore } from './store/history-store';
import { IssueStore } from './store/issue-store';
import { NotificationStore } from './store/notification-store';
import { PointsStore } from './store/points-store';
import { ProjectStore } from './store/project-store';
import { PropertyStore } from './store/property-store';
import { SecurityStore } from './store/security-store';
import { UserStore } from './store/user-store';

export { migrateProduct } from './product-schema';
export type { PointsBucket } from './store/points-store';

/**
 * The typed store behind the Jira and Confluence simulators, on SQLite (better-sqlite3).
 *
 * @example
 * const store = new ProductStore(new Database(':memory:'));
 * seedProductDemo(store);
 * store.issues.find('CSI-1')?.summary;
 */
export class ProductStore {
  readonly users: UserStore;
  readonly projects: ProjectStore;
  readonly issues: IssueStore;
  readonly properties: PropertyStore;
  readonly fields: FieldStore;
  readonly history: HistoryStore;
  readonly confluence: ConfluenceStore;
  readonly points: PointsStore;
  readonly security: SecurityStore;
  readonly notifications: NotificationStore;

  /** Migrates the schema (idempotent) and opens the sub-stores. */
  constructor(readonly db: Database) {
    migrateProduct(db);
    this.users = new UserStore(db);
    this.projects = new ProjectStore(db);
    this.issues = new IssueStore(db);
    this.properties = new PropertyStore(db);
    this.fields = new FieldStore(db);
    this.history = new HistoryStore(db);
    this.confluence = new ConfluenceStore(db);
    this.points = new PointsStore(db);
    this.security = new SecurityStore(db);
    this.notifications = new NotificationStore(db);
  }

  /** Runs `fn` in one SQLite transaction. */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** Jira points this site's calls cost (see `jira/rate-limits-cost.ts`), optionally since an instant. */
  pointsUsed(since?: Date): number {
    return this.points.total(since);
  }
}

/** The simulated REST points used so far (see `ProductStore.pointsUsed`). */
export function pointsUsed(store: ProductStore, since?: Date): number {
  return store.pointsUsed(since);
}
