import type { Database } from 'better-sqlite3';
import type { ConfluencePage, ConfluenceSpace } from '../product-types';

/** Confluence content types that carry a body and macros (Confluence REST v2 `pages` and `blogposts`). */
export type ContentType = 'page' | 'blogpost';

/**
 * The statuses the simulator keeps: published (`current`) or an unpublished `draft`. Both are
 * values of the OpenAPI `ContentStatus` and `BlogPostContentStatus` enums (confluence-v2.json).
 */
export type ContentStatus = 'current' | 'draft';

/** A page or blog post with its storage-format body. */
export interface ConfluenceContent extends ConfluencePage {
  type: ContentType;
  status: ContentStatus;
}

interface ContentRow {
  id: string;
  space_id: string;
  title: string;
  body: string;
  parent_id: string | null;
  author_id: string;
  created_at: string;
  version: number;
  content_type: string;
  status: string;
}

/** Columns added after the first schema: added in place so an existing `.local` database keeps working. */
const ADDED_COLUMNS = [
  ['content_type', "TEXT NOT NULL DEFAULT 'page'"],
  ['status', "TEXT NOT NULL DEFAULT 'current'"],
] as const;

/** Confluence spaces (with who may view them), and pages and blog posts in storage format. */
export class ConfluenceStore {
  constructor(private readonly db: Database) {
    const columns = new Set(
      (db.prepare('PRAGMA table_info(product_pages)').all() as Array<{ name: string }>).map((c) => c.name),
    );
    for (const [name, definition] of ADDED_COLUMNS) {
      if (!columns.has(name)) db.exec(`ALTER TABLE product_pages ADD COLUMN ${name} ${definition}`);
    }
  }

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

  /** Saves a page or blog post; without `type` and `status` it is a published page. */
  upsertPage(page: ConfluencePage & Partial<Pick<ConfluenceContent, 'type' | 'status'>>): void {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO product_pages
           (id, space_id, title, body, parent_id, author_id, created_at, version, content_type, status)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        page.id,
        page.spaceId,
        page.title,
        page.body,
        page.parentId,
        page.authorId,
        page.createdAt,
        page.version,
        page.type ?? 'page',
        page.status ?? 'current',
      );
  }

  /** A page or blog post by id (Confluence content ids are unique across both types). */
  content(id: string): ConfluenceContent | undefined {
    const row = this.db.prepare('SELECT * FROM product_pages WHERE id = ?').get(id) as ContentRow | undefined;
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
      type: row.content_type === 'blogpost' ? 'blogpost' : 'page',
      status: row.status === 'draft' ? 'draft' : 'current',
    };
  }

  /** A page (not a blog post) by id. */
  page(id: string): ConfluenceContent | undefined {
    const found = this.content(id);
    return found?.type === 'page' ? found : undefined;
  }
}
