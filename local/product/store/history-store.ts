import type { Database } from 'better-sqlite3';
import type { ChangeItem, ChangelogEntry, IssueLink } from '../product-types';

interface LinkRow {
  id: number;
  type_name: string;
  inward_issue_id: number;
  outward_issue_id: number;
}

interface ChangelogRow {
  id: number;
  issue_id: number;
  author_id: string | null;
  created: string;
  items: string;
}

/** Issue links and the issue changelog. */
export class HistoryStore {
  constructor(private readonly db: Database) {}

  addLink(typeName: string, inwardIssueId: number, outwardIssueId: number): IssueLink {
    const info = this.db
      .prepare('INSERT INTO product_issue_links (type_name, inward_issue_id, outward_issue_id) VALUES (?, ?, ?)')
      .run(typeName, inwardIssueId, outwardIssueId);
    return { id: Number(info.lastInsertRowid), typeName, inwardIssueId, outwardIssueId };
  }

  /** Links where the issue is either end. */
  links(issueId: number): IssueLink[] {
    const rows = this.db
      .prepare('SELECT * FROM product_issue_links WHERE inward_issue_id = ? OR outward_issue_id = ? ORDER BY id')
      .all(issueId, issueId) as LinkRow[];
    return rows.map((r) => ({
      id: r.id,
      typeName: r.type_name,
      inwardIssueId: r.inward_issue_id,
      outwardIssueId: r.outward_issue_id,
    }));
  }

  addChange(issueId: number, authorId: string | null, created: string, items: ChangeItem[]): ChangelogEntry {
    const info = this.db
      .prepare('INSERT INTO product_changelog (issue_id, author_id, created, items) VALUES (?, ?, ?, ?)')
      .run(issueId, authorId, created, JSON.stringify(items));
    return { id: Number(info.lastInsertRowid), issueId, authorId, created, items };
  }

  changelog(issueId: number): ChangelogEntry[] {
    const rows = this.db
      .prepare('SELECT * FROM product_changelog WHERE issue_id = ? ORDER BY id')
      .all(issueId) as ChangelogRow[];
    return rows.map((r) => ({
      id: r.id,
      issueId: r.issue_id,
      authorId: r.author_id,
      created: r.created,
      items: JSON.parse(r.items) as ChangeItem[],
    }));
  }
}
