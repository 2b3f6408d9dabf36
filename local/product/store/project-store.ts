import type { Database } from 'better-sqlite3';
import type { ProductProject, ProjectPermission } from '../product-types';

interface ProjectRow {
  id: number;
  key: string;
  name: string;
  lead_account_id: string | null;
}

const toProject = (r: ProjectRow): ProductProject => ({
  id: r.id,
  key: r.key,
  name: r.name,
  leadAccountId: r.lead_account_id,
});

/** Projects and the per-project permission grants (a flattened permission scheme). */
export class ProjectStore {
  constructor(private readonly db: Database) {}

  upsert(project: ProductProject): void {
    this.db
      .prepare(
        `INSERT INTO product_projects (id, key, name, lead_account_id) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET key = excluded.key, name = excluded.name,
           lead_account_id = excluded.lead_account_id`,
      )
      .run(project.id, project.key, project.name, project.leadAccountId);
  }

  get(id: number): ProductProject | undefined {
    const row = this.db.prepare('SELECT * FROM product_projects WHERE id = ?').get(id) as ProjectRow | undefined;
    return row ? toProject(row) : undefined;
  }

  /** Finds a project by numeric id or by key (case-insensitive), as Jira's `projectIdOrKey`. */
  find(idOrKey: string): ProductProject | undefined {
    if (/^\d+$/.test(idOrKey)) return this.get(Number(idOrKey));
    const row = this.db.prepare('SELECT * FROM product_projects WHERE key = ? COLLATE NOCASE').get(idOrKey) as
      ProjectRow | undefined;
    return row ? toProject(row) : undefined;
  }

  list(): ProductProject[] {
    return (this.db.prepare('SELECT * FROM product_projects ORDER BY key').all() as ProjectRow[]).map(toProject);
  }

  grant(projectId: number, accountId: string, permissions: readonly ProjectPermission[]): void {
    const stmt = this.db.prepare(
      'INSERT OR IGNORE INTO product_project_grants (project_id, permission, account_id) VALUES (?, ?, ?)',
    );
    for (const permission of permissions) stmt.run(projectId, permission, accountId);
  }

  revoke(projectId: number, accountId: string, permission: ProjectPermission): void {
    this.db
      .prepare('DELETE FROM product_project_grants WHERE project_id = ? AND permission = ? AND account_id = ?')
      .run(projectId, permission, accountId);
  }

  hasGrant(projectId: number, accountId: string, permission: ProjectPermission): boolean {
    const row = this.db
      .prepare('SELECT 1 FROM product_project_grants WHERE project_id = ? AND permission = ? AND account_id = ?')
      .get(projectId, permission, accountId);
    return row !== undefined;
  }
}
