import type { Database } from 'better-sqlite3';

/**
 * An issue link type as Jira Cloud ships them by default (`IssueLinkType`, jira-platform.json):
 * `name`, the `inward` and `outward` descriptions. Ids as a new Jira Cloud site numbers them.
 */
export interface LinkType {
  id: string;
  name: string;
  inward: string;
  outward: string;
}

/** Jira Cloud's default link types (support.atlassian.com, "Configure issue linking"). */
export const LINK_TYPES: readonly LinkType[] = [
  { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  { id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones' },
  { id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
  { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
];

/** One stored link: the outward issue "<outward>" the inward one (ids are issue ids). */
export interface IssueLinkRow {
  id: number;
  typeId: string;
  outwardIssueId: number;
  inwardIssueId: number;
}

/** The site's issue links, on SQLite. The table is created on first use (idempotent). */
export class LinkStore {
  constructor(private readonly db: Database) {
    db.exec(`CREATE TABLE IF NOT EXISTS product_issue_links (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      type_id TEXT NOT NULL,
      outward_issue_id INTEGER NOT NULL,
      inward_issue_id INTEGER NOT NULL,
      UNIQUE (type_id, outward_issue_id, inward_issue_id)
    )`);
  }

  /** Adds a link; a duplicate of an existing link adds nothing (the operation still succeeds in Jira). */
  add(typeId: string, outwardIssueId: number, inwardIssueId: number): void {
    this.db
      .prepare(
        `INSERT OR IGNORE INTO product_issue_links (type_id, outward_issue_id, inward_issue_id) VALUES (?, ?, ?)`,
      )
      .run(typeId, outwardIssueId, inwardIssueId);
  }

  /** Every link that has the issue on either side, oldest first. */
  of(issueId: number): IssueLinkRow[] {
    return (
      this.db
        .prepare(
          `SELECT id, type_id, outward_issue_id, inward_issue_id FROM product_issue_links
           WHERE outward_issue_id = ? OR inward_issue_id = ? ORDER BY id`,
        )
        .all(issueId, issueId) as Array<{
        id: number;
        type_id: string;
        outward_issue_id: number;
        inward_issue_id: number;
      }>
    ).map((r) => ({
      id: r.id,
      typeId: r.type_id,
      outwardIssueId: r.outward_issue_id,
      inwardIssueId: r.inward_issue_id,
    }));
  }
}

const STORES = new WeakMap<Database, LinkStore>();

/** The link store of a product database (one per database, created on first use). */
export function linksOf(db: Database): LinkStore {
  let store = STORES.get(db);
  if (!store) {
    store = new LinkStore(db);
    STORES.set(db, store);
  }
  return store;
}
