import type { Database } from 'better-sqlite3';
import type { CustomFieldDef } from '../product-types';
import { extensionAriOf, LOCAL_ENVIRONMENT, type AppEnvironment } from '../../runtime/site';

interface FieldRow {
  id: string;
  /** The field's extension ARI (the column keeps its old name; older databases held the bare module key). */
  module_key: string;
  name: string;
  type: string;
}

/** An app custom field: one per app environment and module (jira-custom-field, "Field lifecycle"). */
export interface AppFieldDef extends CustomFieldDef {
  /** `ari:cloud:ecosystem::extension/<app-id>/<environment-id>/static/<module-key>`, Jira's `schema.custom`. */
  extension: string;
  appId: string;
  environmentId: string;
}

const FIRST_CUSTOM_FIELD_NUMBER = 10100;
const ARI = /^ari:cloud:ecosystem::extension\/([^/]+)\/([^/]+)\/static\/([^/]+)$/;

function toDef(r: FieldRow): AppFieldDef {
  const [, appId = '', environmentId = '', moduleKey = ''] = ARI.exec(r.module_key) ?? [];
  return {
    id: r.id,
    moduleKey,
    name: r.name,
    type: r.type as CustomFieldDef['type'],
    extension: r.module_key,
    appId,
    environmentId,
  };
}

/** A field reference: its definition, its extension ARI, or a bare module key of the local environment. */
type FieldRef = Pick<AppFieldDef, 'extension'> | string;

function extensionOf(ref: FieldRef): string {
  if (typeof ref !== 'string') return ref.extension;
  return ref.startsWith('ari:') ? ref : extensionAriOf(LOCAL_ENVIRONMENT, ref);
}

/**
 * App custom fields (`jira:customField`) and their values per issue. Each app environment that is
 * installed on the site has its own field for a module (a development and a production install give
 * two fields), told apart by the extension ARI that Jira shows as `schema.custom`
 * (mirror/manifest-reference/modules/jira-custom-field/index.md, "Field lifecycle").
 */
export class FieldStore {
  constructor(private readonly db: Database) {
    this.migrateBareModuleKeys();
  }

  /** Registers an environment's field once; returns its definition with a stable `customfield_N` id. */
  register(
    moduleKey: string,
    name: string,
    type: CustomFieldDef['type'],
    environment: AppEnvironment = LOCAL_ENVIRONMENT,
  ): AppFieldDef {
    const extension = extensionAriOf(environment, moduleKey);
    const existing = this.byExtension(extension);
    if (existing) return existing;
    const count = (this.db.prepare('SELECT COUNT(*) AS n FROM product_custom_fields').get() as { n: number }).n;
    const id = `customfield_${FIRST_CUSTOM_FIELD_NUMBER + count}`;
    this.db
      .prepare('INSERT INTO product_custom_fields (id, module_key, name, type) VALUES (?, ?, ?, ?)')
      .run(id, extension, name, type);
    return toDef({ id, module_key: extension, name, type });
  }

  list(): AppFieldDef[] {
    return (this.db.prepare('SELECT * FROM product_custom_fields ORDER BY id').all() as FieldRow[]).map(toDef);
  }

  /** The field of `moduleKey` in one environment (the local one unless given). */
  byModuleKey(moduleKey: string, environment: AppEnvironment = LOCAL_ENVIRONMENT): AppFieldDef | undefined {
    return this.byExtension(extensionAriOf(environment, moduleKey));
  }

  byExtension(extension: string): AppFieldDef | undefined {
    const row = this.db.prepare('SELECT * FROM product_custom_fields WHERE module_key = ?').get(extension) as
      FieldRow | undefined;
    return row ? toDef(row) : undefined;
  }

  getValue(field: FieldRef, issueId: number): unknown {
    const row = this.db
      .prepare('SELECT value FROM product_field_values WHERE module_key = ? AND issue_id = ?')
      .get(extensionOf(field), issueId) as { value: string } | undefined;
    return row ? (JSON.parse(row.value) as unknown) : null;
  }

  /** Sets a value; `null` clears it. */
  setValue(field: FieldRef, issueId: number, value: unknown): void {
    const extension = extensionOf(field);
    if (value === null) {
      this.db.prepare('DELETE FROM product_field_values WHERE module_key = ? AND issue_id = ?').run(extension, issueId);
      return;
    }
    this.db
      .prepare('INSERT OR REPLACE INTO product_field_values (module_key, issue_id, value) VALUES (?, ?, ?)')
      .run(extension, issueId, JSON.stringify(value));
  }

  /** Databases from before environments held bare module keys: they were the local environment's fields. */
  private migrateBareModuleKeys(): void {
    const prefix = extensionAriOf(LOCAL_ENVIRONMENT, '');
    for (const table of ['product_custom_fields', 'product_field_values']) {
      this.db.prepare(`UPDATE ${table} SET module_key = ? || module_key WHERE module_key NOT LIKE 'ari:%'`).run(prefix);
    }
  }
}
