import type { Database } from 'better-sqlite3';
import type { ConfluencePage, ConfluenceSpace } from '../product-types';

interface PageRow {
  id: string;
  space_id: string;
  title: string;
  body: string;
  parent_id: string | null;
  author_id: string;
  created_at: string;
  version: number;
}

/** Confluence spaces (with who may view them) and pages in storage format. */
export class ConfluenceStore {
  constructor(private readonly db: Database) {}

  upsertSpace(space: ConfluenceSpace): void {
    this.db
      .prepare('INSERT OR REPLACE INTO product_spaces (id, key, name, homepage_id) VALUES (?, ?, ?, ?)')
      .run(space.id, space.key, space.name, space.homepageId);
  }

  space(id: string): ConfluenceSpace | undefined {
    const row = this.db.prepare('SELECT * FROM product_spaces WHERE id = ?').get(id) as
      { id: string; key: string; name: string; homepage_id: string | null } | undefined;
    return row ? { id: row.id, key: row.key, name: row.name, homepageId: row.homepage_id } : undefined;
  }

  allowView(spaceId: string, accountIds: readonly string[]): void {
    const stmt = this.db.prepare('INSERT OR IGNORE INTO product_space_viewers (space_id, account_id) VALUES (?, ?)');
    for (const accountId of accountIds) stmt.run(spaceId, accountId);
  }

  canView(spaceId: string, accountId: string): boolean {
    const row = this.db
      .prepare('SELECT 1 FROM product_space_viewers WHERE space_id = ? AND account_id = ?')
      .get(spaceId, accountId);
    return row !== undefined;
  }

  upsertPage(page: ConfluencePage): void {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO product_pages (id, space_id, title, body, parent_id, author_id, created_at, version)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(page.id, page.spaceId, page.title, page.body, page.parentId, page.authorId, page.createdAt, page.version);
  }

  page(id: string): ConfluencePage | undefined {
    const row = this.db.prepare('SELECT * FROM product_pages WHERE id = ?').get(id) as PageRow | undefined;
    if (!row) return undefined;
    return {
      id: row.id,
      spaceId: row.space_id,
      title: row.title,
      body: row.body,
      parentId: row.parent_id,
      authorId: row.author_id,
      createdAt: row.created_at,
      version: row.version,
    };
  }
}
