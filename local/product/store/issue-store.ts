import type { Database } from 'better-sqlite3';
import type { ProductIssue, StatusCategoryKey } from '../product-types';

interface IssueRow {
  id: number;
  key: string;
  project_id: number;
  summary: string;
  description: string;
  issue_type_id: string;
  issue_type_name: string;
  status_name: string;
  status_category: string;
  priority: string;
  labels: string;
  assignee_id: string | null;
  reporter_id: string | null;
  created: string;
  updated: string;
  duedate: string | null;
}

const FIRST_ISSUE_ID = 10001;

const toIssue = (r: IssueRow): ProductIssue => ({
  id: r.id,
  key: r.key,
  projectId: r.project_id,
  summary: r.summary,
  description: r.description,
  issueType: { id: r.issue_type_id, name: r.issue_type_name },
  status: { name: r.status_name, statusCategory: r.status_category as StatusCategoryKey },
  priority: r.priority,
  labels: JSON.parse(r.labels) as string[],
  assigneeId: r.assignee_id,
  reporterId: r.reporter_id,
  created: r.created,
  updated: r.updated,
  duedate: r.duedate,
});

const params = (i: ProductIssue) => ({
  id: i.id,
  key: i.key,
  project_id: i.projectId,
  summary: i.summary,
  description: i.description,
  issue_type_id: i.issueType.id,
  issue_type_name: i.issueType.name,
  status_name: i.status.name,
  status_category: i.status.statusCategory,
  priority: i.priority,
  labels: JSON.stringify(i.labels),
  assignee_id: i.assigneeId,
  reporter_id: i.reporterId,
  created: i.created,
  updated: i.updated,
  duedate: i.duedate,
});

const COLUMNS = [
  'id',
  'key',
  'project_id',
  'summary',
  'description',
  'issue_type_id',
  'issue_type_name',
  'status_name',
  'status_category',
  'priority',
  'labels',
  'assignee_id',
  'reporter_id',
  'created',
  'updated',
  'duedate',
];

/** Jira issues. Ids are numeric (as in Jira), keys are `PROJECT-N`. */
export class IssueStore {
  constructor(private readonly db: Database) {}

  /** Inserts or replaces the whole issue record. */
  save(issue: ProductIssue): void {
    const cols = COLUMNS.join(', ');
    const values = COLUMNS.map((c) => `@${c}`).join(', ');
    this.db.prepare(`INSERT OR REPLACE INTO product_issues (${cols}) VALUES (${values})`).run(params(issue));
  }

  /** Deletes the issue row (its changelog, links and properties are left, as orphans nobody reads). */
  remove(id: number): void {
    this.db.prepare('DELETE FROM product_issues WHERE id = ?').run(id);
  }

  get(id: number): ProductIssue | undefined {
    const row = this.db.prepare('SELECT * FROM product_issues WHERE id = ?').get(id) as IssueRow | undefined;
    return row ? toIssue(row) : undefined;
  }

  /** Finds an issue by numeric id or key (case-insensitive), as Jira's `issueIdOrKey`. */
  find(idOrKey: string): ProductIssue | undefined {
    if (/^\d+$/.test(idOrKey)) return this.get(Number(idOrKey));
    const row = this.db.prepare('SELECT * FROM product_issues WHERE key = ? COLLATE NOCASE').get(idOrKey) as
      IssueRow | undefined;
    return row ? toIssue(row) : undefined;
  }

  list(projectId?: number): ProductIssue[] {
    const rows = (
      projectId === undefined
        ? this.db.prepare('SELECT * FROM product_issues ORDER BY id').all()
        : this.db.prepare('SELECT * FROM product_issues WHERE project_id = ? ORDER BY id').all(projectId)
    ) as IssueRow[];
    return rows.map(toIssue);
  }

  /** The next numeric id and the next key in `projectKey`. */
  allocate(projectId: number, projectKey: string): { id: number; key: string } {
    const maxId = this.db.prepare('SELECT MAX(id) AS m FROM product_issues').get() as { m: number | null };
    const keys = this.db.prepare('SELECT key FROM product_issues WHERE project_id = ?').all(projectId) as {
      key: string;
    }[];
    const maxNumber = keys.reduce((max, r) => Math.max(max, Number(r.key.split('-')[1] ?? 0)), 0);
    return { id: Math.max(FIRST_ISSUE_ID, (maxId.m ?? 0) + 1), key: `${projectKey}-${maxNumber + 1}` };
  }
}
