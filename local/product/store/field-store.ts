import type { Database } from 'better-sqlite3';
import type { CustomFieldDef } from '../product-types';

interface FieldRow {
  id: string;
  module_key: string;
  name: string;
  type: string;
}

const FIRST_CUSTOM_FIELD_NUMBER = 10100;

const toDef = (r: FieldRow): CustomFieldDef => ({
  id: r.id,
  moduleKey: r.module_key,
  name: r.name,
  type: r.type as CustomFieldDef['type'],
});

/** App custom fields (`jira:customField`) and their values per issue. */
export class FieldStore {
  constructor(private readonly db: Database) {}

  /** Registers a field once; returns its definition with a stable `customfield_N` id. */
  register(moduleKey: string, name: string, type: CustomFieldDef['type']): CustomFieldDef {
    const existing = this.byModuleKey(moduleKey);
    if (existing) return existing;
    const count = (this.db.prepare('SELECT COUNT(*) AS n FROM product_custom_fields').get() as { n: number }).n;
    const id = `customfield_${FIRST_CUSTOM_FIELD_NUMBER + count}`;
    this.db
      .prepare('INSERT INTO product_custom_fields (id, module_key, name, type) VALUES (?, ?, ?, ?)')
      .run(id, moduleKey, name, type);
    return { id, moduleKey, name, type };
  }

  list(): CustomFieldDef[] {
    return (this.db.prepare('SELECT * FROM product_custom_fields ORDER BY id').all() as FieldRow[]).map(toDef);
  }

  byModuleKey(moduleKey: string): CustomFieldDef | undefined {
    const row = this.db.prepare('SELECT * FROM product_custom_fields WHERE module_key = ?').get(moduleKey) as
      FieldRow | undefined;
    return row ? toDef(row) : undefined;
  }

  getValue(moduleKey: string, issueId: number): unknown {
    const row = this.db
      .prepare('SELECT value FROM product_field_values WHERE module_key = ? AND issue_id = ?')
      .get(moduleKey, issueId) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as unknown) : null;
  }

  /** Sets a value; `null` clears it. */
  setValue(moduleKey: string, issueId: number, value: unknown): void {
    if (value === null) {
      this.db.prepare('DELETE FROM product_field_values WHERE module_key = ? AND issue_id = ?').run(moduleKey, issueId);
      return;
    }
    this.db
      .prepare('INSERT OR REPLACE INTO product_field_values (module_key, issue_id, value) VALUES (?, ?, ?)')
      .run(moduleKey, issueId, JSON.stringify(value));
  }
}
