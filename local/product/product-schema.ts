import type { Database } from 'better-sqlite3';

/** Table names all start with `product_` so the simulator can share one SQLite file with the KVS. */
const DDL = `
CREATE TABLE IF NOT EXISTS product_users (
  account_id TEXT PRIMARY KEY, display_name TEXT NOT NULL, email TEXT NOT NULL,
  site_admin INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS product_projects (
  id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, lead_account_id TEXT);
CREATE TABLE IF NOT EXISTS product_project_grants (
  project_id INTEGER NOT NULL, permission TEXT NOT NULL, account_id TEXT NOT NULL,
  PRIMARY KEY (project_id, permission, account_id));
CREATE TABLE IF NOT EXISTS product_issues (
  id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, project_id INTEGER NOT NULL,
  summary TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',
  issue_type_id TEXT NOT NULL, issue_type_name TEXT NOT NULL,
  status_name TEXT NOT NULL, status_category TEXT NOT NULL, priority TEXT NOT NULL,
  labels TEXT NOT NULL DEFAULT '[]', assignee_id TEXT, reporter_id TEXT,
  created TEXT NOT NULL, updated TEXT NOT NULL, duedate TEXT);
CREATE INDEX IF NOT EXISTS product_issues_project ON product_issues (project_id);
CREATE TABLE IF NOT EXISTS product_issue_properties (
  issue_id INTEGER NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (issue_id, key));
CREATE TABLE IF NOT EXISTS product_custom_fields (
  id TEXT PRIMARY KEY, module_key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, type TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS product_field_values (
  module_key TEXT NOT NULL, issue_id INTEGER NOT NULL, value TEXT NOT NULL,
  PRIMARY KEY (module_key, issue_id));
CREATE TABLE IF NOT EXISTS product_changelog (
  id INTEGER PRIMARY KEY AUTOINCREMENT, issue_id INTEGER NOT NULL, author_id TEXT,
  created TEXT NOT NULL, items TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS product_changelog_issue ON product_changelog (issue_id);
CREATE TABLE IF NOT EXISTS product_security_levels (
  id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS product_security_members (
  level_id INTEGER NOT NULL, account_id TEXT NOT NULL, PRIMARY KEY (level_id, account_id));
CREATE TABLE IF NOT EXISTS product_issue_security (issue_id INTEGER PRIMARY KEY, level_id INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS product_spaces (
  id TEXT PRIMARY KEY, key TEXT NOT NULL UNIQUE, name TEXT NOT NULL, homepage_id TEXT);
CREATE TABLE IF NOT EXISTS product_space_viewers (
  space_id TEXT NOT NULL, account_id TEXT NOT NULL, PRIMARY KEY (space_id, account_id));
CREATE TABLE IF NOT EXISTS product_pages (
  id TEXT PRIMARY KEY, space_id TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL,
  parent_id TEXT, author_id TEXT NOT NULL, created_at TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1);
CREATE TABLE IF NOT EXISTS product_points (
  hour TEXT NOT NULL, service TEXT NOT NULL, points INTEGER NOT NULL, calls INTEGER NOT NULL,
  PRIMARY KEY (hour, service));
CREATE TABLE IF NOT EXISTS product_notifications (
  id INTEGER PRIMARY KEY AUTOINCREMENT, issue_id INTEGER NOT NULL, recipients TEXT NOT NULL,
  subject TEXT NOT NULL, text_body TEXT NOT NULL, sent_at TEXT NOT NULL);
`;

/** Creates the product simulator's tables. Idempotent: safe to run on every start. */
export function migrateProduct(db: Database): void {
  db.exec(DDL);
}
