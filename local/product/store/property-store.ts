import type { Database } from 'better-sqlite3';

/** Issue entity properties: one JSON value per issue and key. */
export class PropertyStore {
  constructor(private readonly db: Database) {}

  get(issueId: number, key: string): unknown {
    const row = this.db
      .prepare('SELECT value FROM product_issue_properties WHERE issue_id = ? AND key = ?')
      .get(issueId, key) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as unknown) : undefined;
  }

  has(issueId: number, key: string): boolean {
    return this.get(issueId, key) !== undefined;
  }

  set(issueId: number, key: string, value: unknown): void {
    this.db
      .prepare('INSERT OR REPLACE INTO product_issue_properties (issue_id, key, value) VALUES (?, ?, ?)')
      .run(issueId, key, JSON.stringify(value));
  }

  delete(issueId: number, key: string): boolean {
    const info = this.db
      .prepare('DELETE FROM product_issue_properties WHERE issue_id = ? AND key = ?')
      .run(issueId, key);
    return info.changes > 0;
  }
}
