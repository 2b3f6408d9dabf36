import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CONFLUENCE_ROUTES } from '../../local/product/confluence-service';
import { JIRA_ROUTES } from '../../local/product/jira/jira-routes';

interface RunConfig {
  testPathPatterns?: { patterns?: string[] } | string[];
  testNamePattern?: string;
  onlyChanged?: boolean;
  findRelatedTests?: boolean;
}

function isPartialRun(config: RunConfig): boolean {
  const paths = config.testPathPatterns;
  const patterns = Array.isArray(paths) ? paths : (paths?.patterns ?? []);
  return (
    patterns.length > 0 ||
    Boolean(config.testNamePattern) ||
    config.onlyChanged === true ||
    config.findRelatedTests === true
  );
}

/**
 * Jest global teardown: after a full run, every route of the product simulator must have been
 * served by some test. A simulated behaviour no test exercises is one nobody checks against the
 * platform's OpenAPI description, so it is removed rather than kept "just in case".
 */
export default function teardown(config: RunConfig): void {
  const run = process.env.CSI_TEST_RUN_DIR;
  if (run) rmSync(run, { recursive: true, force: true });
  const dir = process.env.LOCAL_ROUTE_COVERAGE_DIR;
  if (!dir) return;
  const served = new Set<string>();
  for (const file of readdirSync(dir)) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) if (line) served.add(line);
  }
  rmSync(dir, { recursive: true, force: true });
  if (isPartialRun(config)) return;
  const routes = [
    ...JIRA_ROUTES.map((r) => `jira ${r.method} ${r.pattern.source}`),
    ...CONFLUENCE_ROUTES.map((r) => `confluence ${r.method} ${r.pattern.source}`),
  ];
  const unserved = routes.filter((key) => !served.has(key));
  if (unserved.length > 0) {
    throw new Error(`Simulator routes served by no test (remove them or test them):\n  ${unserved.join('\n  ')}`);
  }
}
