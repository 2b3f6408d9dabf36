import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Jest global setup, for every worker of the run:
 * - `LOCAL_ROUTE_COVERAGE_DIR`: where each worker records the simulator routes it served;
 * - `CSI_TEST_RUN_DIR`: where the first seeded demo database is kept for the others (seeded-host.ts).
 */
export default function setup(): void {
  process.env.LOCAL_ROUTE_COVERAGE_DIR = mkdtempSync(join(tmpdir(), 'csi-route-coverage-'));
  process.env.CSI_TEST_RUN_DIR = mkdtempSync(join(tmpdir(), 'csi-test-run-'));
}
