import Database from 'better-sqlite3';
import { PAGES, PROJECTS, USERS } from './demo-ids';
import { ProductStore } from './product-store';
import { seedProductDemo } from './seed-product';

const seeded = (db = new Database(':memory:')) => {
  const store = new ProductStore(db);
  seedProductDemo(store);
  return store;
};

describe('seedProductDemo', () => {
  it('seeds 26 CSI improvement initiatives over the nine months before the base date', () => {
    const issues = seeded().issues.list(PROJECTS.csi.id);
    expect(issues).toHaveLength(26);
    expect(new Set(issues.map((i) => i.issueType.name))).toEqual(new Set(['Improvement']));
    expect(new Set(issues.map((i) => i.status.name)).size).toBe(7);
    const created = issues.map((i) => i.created).sort();
    expect(created[0]).toBe('2026-02-12T09:00:00.000Z');
    expect(created[created.length - 1]! < '2026-11-01T09:00:00.000Z').toBe(true);
  });

  it('is deterministic and derives every date from the base date', () => {
    const a = seeded().issues.list();
    const b = seeded().issues.list();
    expect(a).toEqual(b);
    const other = new ProductStore(new Database(':memory:'));
    seedProductDemo(other, '2027-11-01T09:00:00.000Z');
    expect(other.issues.find('CSI-1')!.created).toBe('2027-02-12T09:00:00.000Z');
  });

  it('migrates and seeds idempotently on the same database', () => {
    const db = new Database(':memory:');
    const first = seeded(db);
    first.properties.set(10001, 'csi', { score: 1 });
    const again = seeded(db);
    expect(again.issues.list()).toHaveLength(30);
    expect(again.properties.get(10001, 'csi')).toEqual({ score: 1 });
  });

  it('grants the outsider nothing in CSI and hides the CSI space from them', () => {
    const store = seeded();
    expect(store.projects.hasGrant(PROJECTS.csi.id, USERS.outsider, 'BROWSE_PROJECTS')).toBe(false);
    expect(store.projects.hasGrant(PROJECTS.ops.id, USERS.outsider, 'BROWSE_PROJECTS')).toBe(true);
    const page = store.confluence.page(PAGES.csiReport)!;
    expect(store.confluence.canView(page.spaceId, USERS.outsider)).toBe(false);
    expect(store.confluence.canView(page.spaceId, USERS.viewer)).toBe(true);
  });
});
