import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export const ROOT = path.resolve(__dirname, '../..');

/**
 * Runs one of the Forge CLI runners (`forge-*.runner.ts`) in its own Node process under tsx, from the
 * repository root, with its own temp and config directories inside `scratch` (the CLI writes its bundle
 * and its lint cache there), and returns the JSON report it wrote. A child keeps the CLI's webpack,
 * TypeScript and ajv out of jest's module registry, and its `process.chdir` out of jest.
 */
export async function runForgeChild<T>(runner: string, scratch: string, args: string[] = []): Promise<T> {
  const report = path.join(scratch, `${path.basename(runner, '.ts')}.json`);
  const tmp = mkdtempSync(path.join(scratch, 'tmp-'));
  await promisify(execFile)(process.execPath, ['--import', 'tsx', path.join(__dirname, runner), report, ...args], {
    cwd: ROOT,
    env: { ...process.env, TMPDIR: tmp, XDG_CONFIG_HOME: path.join(scratch, 'config'), ...offlineLintEnv() },
    timeout: 300_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  const parsed = JSON.parse(readFileSync(report, 'utf8')) as T & { error?: string };
  if (parsed.error) throw new Error(`${runner} failed: ${parsed.error}`);
  return parsed;
}

/** A scratch directory for one test file, outside the working tree. */
export const scratchDir = (name: string) => mkdtempSync(path.join(tmpdir(), `csi-${name}-`));

/**
 * The Forge linter's scope check reads its OpenAPI descriptions from these files instead of downloading
 * them when `USE_LOCAL_SWAGGER` is set (`PermissionLinter.bootstrap` in
 * @forge/lint/out/lint/linters/permission-linter/permission-linter.js). The app calls only the Jira
 * platform API and the Confluence v2 API, which ../shared/platform/ provides; the other four
 * descriptions are empty (a test checks that no source calls those APIs).
 */
export function offlineLintEnv(): Record<string, string> {
  const platform = path.resolve(ROOT, '../shared/platform');
  const none = path.join(__dirname, 'no-paths.openapi.json');
  return {
    USE_LOCAL_SWAGGER: 'true',
    LOCAL_JIRA_SWAGGER: path.join(platform, 'jira-platform.json'),
    LOCAL_CONF_V2_SWAGGER: path.join(platform, 'confluence-v2.json'),
    LOCAL_CONF_SWAGGER: none,
    LOCAL_JSM_SWAGGER: none,
    LOCAL_JSW_SWAGGER: none,
    LOCAL_BB_SWAGGER: none,
  };
}
