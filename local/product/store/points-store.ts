import type { Database } from 'better-sqlite3';

/** One hour of simulated REST cost for one product. */
export interface PointsBucket {
  /** `YYYY-MM-DDTHH` (UTC). */
  hour: string;
  service: 'jira' | 'confluence';
  points: number;
  calls: number;
}

/**
 * The points one site's product REST calls cost, bucketed per UTC hour so benchmarks can read
 * points per hour per site. Costs are decided by the services (Jira: `jira/rate-limits-cost.ts`);
 * the quota that refuses calls is the app's `PointsPool`, which several sites can share.
 */
export class PointsStore {
  constructor(private readonly db: Database) {}

  add(at: Date, service: PointsBucket['service'], points: number): void {
    this.db
      .prepare(
        `INSERT INTO product_points (hour, service, points, calls) VALUES (?, ?, ?, 1)
         ON CONFLICT (hour, service) DO UPDATE SET points = points + excluded.points, calls = calls + 1`,
      )
      .run(at.toISOString().slice(0, 13), service, points);
  }

  /** Total points, optionally only from buckets at or after `since` (its hour included). */
  total(since?: Date): number {
    const from = since ? since.toISOString().slice(0, 13) : '';
    const row = this.db
      .prepare('SELECT COALESCE(SUM(points), 0) AS p FROM product_points WHERE hour >= ?')
      .get(from) as {
      p: number;
    };
    return row.p;
  }

  buckets(): PointsBucket[] {
    return this.db.prepare('SELECT * FROM product_points ORDER BY hour, service').all() as PointsBucket[];
  }

  reset(): void {
    this.db.prepare('DELETE FROM product_points').run();
  }
}
