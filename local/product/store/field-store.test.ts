import Database from 'better-sqlite3';
import { ProductStore } from '../product-store';
import { FieldStore } from './field-store';
import { LOCAL_ENVIRONMENT } from '../../runtime/site';

const production = { ...LOCAL_ENVIRONMENT, environmentId: 'production-env', environmentType: 'PRODUCTION' as const };

describe('FieldStore (jira-custom-field, "Field lifecycle": one field per environment and module)', () => {
  it('gives a development and a production install of one module two fields, named by their extension ARI', () => {
    const fields = new ProductStore(new Database(':memory:')).fields;
    const dev = fields.register('csi-score-field', 'CSI score', 'number');
    const prod = fields.register('csi-score-field', 'CSI score', 'number', production);
    expect(dev.id).not.toBe(prod.id);
    expect(prod.extension).toBe(
      `ari:cloud:ecosystem::extension/${LOCAL_ENVIRONMENT.appId}/production-env/static/csi-score-field`,
    );
    fields.setValue(prod, 10001, 7);
    expect([fields.getValue(dev, 10001), fields.getValue(prod, 10001)]).toEqual([null, 7]);
  });

  it('reads a database from before environments as the local environment’s fields and values', () => {
    const db = new Database(':memory:');
    new ProductStore(db);
    db.prepare(
      "INSERT INTO product_custom_fields VALUES ('customfield_10100', 'csi-score-field', 'CSI score', 'number')",
    ).run();
    db.prepare("INSERT INTO product_field_values VALUES ('csi-score-field', 10001, '42')").run();
    const fields = new FieldStore(db);
    const field = fields.byModuleKey('csi-score-field');
    expect(field).toMatchObject({ id: 'customfield_10100', moduleKey: 'csi-score-field', environmentId: 'local' });
    expect(fields.getValue(field!, 10001)).toBe(42);
  });
});
