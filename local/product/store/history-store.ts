import type { Database } from 'better-sqlite3';
import type { ChangeItem, ChangelogEntry } from '../product-types';

interface ChangelogRow {
  id: number;
  issue_id: number;
  author_id: string | null;
  created: string;
  items: string;
}

/** The issue changelog. */
export class HistoryStore {
  constructor(private readonly db: Database) {}

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
