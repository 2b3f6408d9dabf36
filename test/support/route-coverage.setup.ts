import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Jest global setup: a fresh directory where every worker records the simulator routes it served. */
export default function setup(): void {
  process.env.LOCAL_ROUTE_COVERAGE_DIR = mkdtempSync(join(tmpdir(), 'csi-route-coverage-'));
}
