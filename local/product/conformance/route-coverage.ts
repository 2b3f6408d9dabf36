import { appendFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Which simulator routes the tests served. Each jest worker appends the routes it served for the
 * first time to its own file in `LOCAL_ROUTE_COVERAGE_DIR` (set by test/support/global-setup.ts);
 * the global teardown fails the run when a route of the simulator was served by no test, because
 * a simulated behaviour nothing exercises is one nobody checks against the platform.
 */
const served = new Set<string>();

/** Records that a route (`jira GET <pattern>`) was served. */
export function recordServed(key: string): void {
  if (served.has(key)) return;
  served.add(key);
  const dir = process.env.LOCAL_ROUTE_COVERAGE_DIR;
  if (dir) appendFileSync(join(dir, `served-${process.pid}.txt`), `${key}\n`);
}
