import type { Database } from 'better-sqlite3';

/** An issue security level of the site's issue security scheme. */
export interface SecurityLevel {
  id: number;
  name: string;
  description: string;
}

/**
 * Issue-level security: levels, their members and the level set on an issue. "Setting the security
 * level on an issue restricts the access of that issue to only people who are a member of that
 * security level ... it will not appear in any filters, queries or statistics" (Atlassian,
 * "Setting Security on an Issue"; support.atlassian.com/jira-cloud-administration/docs/
 * configure-issue-security-schemes/). Members here are accounts; Jira also allows groups and roles.
 */
export class SecurityStore {
  constructor(private readonly db: Database) {}

  /** Creates or updates a level and replaces its members. */
  defineLevel(level: SecurityLevel, memberAccountIds: readonly string[]): void {
    this.db
      .prepare(
        `INSERT INTO product_security_levels (id, name, description) VALUES (?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, description = excluded.description`,
      )
      .run(level.id, level.name, level.description);
    this.db.prepare('DELETE FROM product_security_members WHERE level_id = ?').run(level.id);
    const add = this.db.prepare('INSERT INTO product_security_members (level_id, account_id) VALUES (?, ?)');
    for (const accountId of memberAccountIds) add.run(level.id, accountId);
  }

  /** Sets (or, with null, removes) the security level of an issue. */
  setIssueLevel(issueId: number, levelId: number | null): void {
    if (levelId === null) this.db.prepare('DELETE FROM product_issue_security WHERE issue_id = ?').run(issueId);
    else
      this.db
        .prepare('INSERT OR REPLACE INTO product_issue_security (issue_id, level_id) VALUES (?, ?)')
        .run(issueId, levelId);
  }

  /** The level set on an issue, if any. */
  levelOf(issueId: number): SecurityLevel | undefined {
    return this.db
      .prepare(
        `SELECT l.id, l.name, l.description FROM product_issue_security s
         JOIN product_security_levels l ON l.id = s.level_id WHERE s.issue_id = ?`,
      )
      .get(issueId) as SecurityLevel | undefined;
  }

  /** True when the issue has no level, or the account is a member of its level. */
  canSee(issueId: number, accountId: string): boolean {
    const level = this.levelOf(issueId);
    if (!level) return true;
    const row = this.db
      .prepare('SELECT 1 FROM product_security_members WHERE level_id = ? AND account_id = ?')
      .get(level.id, accountId);
    return row !== undefined;
  }
}
