import type { Database } from 'better-sqlite3';

/** One stored remote issue link (`RemoteIssueLink`, jira-platform.json) of an issue. */
export interface RemoteLinkRow {
  id: number;
  issueId: number;
  globalId: string | null;
  /** The request's `application`, `relationship` and `object`, as sent. */
  link: { application?: unknown; relationship?: string; object: Record<string, unknown> };
}

/** The site's remote issue links (web links), on SQLite. The table is created on first use (idempotent). */
export class RemoteLinkStore {
  constructor(private readonly db: Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS product_remote_links (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      issue_id INTEGER NOT NULL,
      global_id TEXT,
      link TEXT NOT NULL
    )`);
  }

  /**
   * createOrUpdateRemoteIssueLink: "If a globalId is provided and a remote issue link with that global
   * ID is found it is updated. Any fields without values in the request are set to null. Otherwise,
   * the remote issue link is created." Answers the link's id and whether it was created.
   */
  put(issueId: number, globalId: string | null, link: RemoteLinkRow['link']): { id: number; created: boolean } {
    const found = globalId === null ? undefined : this.byGlobalId(issueId, globalId);
    if (found) {
      this.db.prepare('UPDATE product_remote_links SET link = ? WHERE id = ?').run(JSON.stringify(link), found.id);
      return { id: found.id, created: false };
    }
    const info = this.db
      .prepare('INSERT INTO product_remote_links (issue_id, global_id, link) VALUES (?, ?, ?)')
      .run(issueId, globalId, JSON.stringify(link));
    return { id: Number(info.lastInsertRowid), created: true };
  }

  /** The issue's remote links, oldest first. */
  of(issueId: number): RemoteLinkRow[] {
    const rows = this.db
      .prepare('SELECT id, issue_id, global_id, link FROM product_remote_links WHERE issue_id = ? ORDER BY id')
      .all(issueId) as Array<{ id: number; issue_id: number; global_id: string | null; link: string }>;
    return rows.map((r) => ({
      id: r.id,
      issueId: r.issue_id,
      globalId: r.global_id,
      link: JSON.parse(r.link) as RemoteLinkRow['link'],
    }));
  }

  byGlobalId(issueId: number, globalId: string): RemoteLinkRow | undefined {
    return this.of(issueId).find((r) => r.globalId === globalId);
  }
}

const STORES = new WeakMap<Database, RemoteLinkStore>();

/** The remote link store of a product database (one per database, created on first use). */
export function remoteLinksOf(db: Database): RemoteLinkStore {
  let store = STORES.get(db);
  if (!store) {
    store = new RemoteLinkStore(db);
    STORES.set(db, store);
  }
  return store;
}
