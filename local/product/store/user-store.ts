import type { Database } from 'better-sqlite3';
import type { ProductUser } from '../product-types';

interface UserRow {
  account_id: string;
  display_name: string;
  email: string;
  site_admin: number;
}

const toUser = (r: UserRow): ProductUser => ({
  accountId: r.account_id,
  displayName: r.display_name,
  email: r.email,
  siteAdmin: r.site_admin === 1,
});

/** Users of the simulated site. */
export class UserStore {
  constructor(private readonly db: Database) {}

  upsert(user: ProductUser): void {
    this.db
      .prepare(
        `INSERT INTO product_users (account_id, display_name, email, site_admin) VALUES (?, ?, ?, ?)
         ON CONFLICT (account_id) DO UPDATE SET display_name = excluded.display_name,
           email = excluded.email, site_admin = excluded.site_admin`,
      )
      .run(user.accountId, user.displayName, user.email, user.siteAdmin ? 1 : 0);
  }

  get(accountId: string): ProductUser | undefined {
    const row = this.db.prepare('SELECT * FROM product_users WHERE account_id = ?').get(accountId) as
      UserRow | undefined;
    return row ? toUser(row) : undefined;
  }

  list(): ProductUser[] {
    const rows = this.db.prepare('SELECT * FROM product_users ORDER BY account_id').all() as UserRow[];
    return rows.map(toUser);
  }
}
