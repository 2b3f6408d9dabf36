import { execFile } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { ROOT, runForgeChild, scratchDir } from './run-forge-child';

interface BundleReport {
  outputDir: string;
  handlers: { module: string; func: string }[];
  entryPoints: string[];
  additionalOutputs: string[];
  errors: number;
  log: { level: string; message: string }[];
  networkAttempts: string[];
}

const manifest = parse(readFileSync(path.join(ROOT, 'manifest.yml'), 'utf8')) as {
  modules: { function: { key: string; handler: string }[] };
};
/** `index.verifyDecisionLog` -> module `index`, export `verifyDecisionLog` (the manifest's handler format). */
const named = manifest.modules.function.map((f) => {
  const [module = '', func = ''] = f.handler.split('.');
  return { module, func };
});

/** What a fresh Node process finds when it requires one bundled module: export name -> typeof. */
async function exportsOf(file: string): Promise<Record<string, string>> {
  const script =
    'const m = require(process.argv[1]);' +
    'process.stdout.write(JSON.stringify(Object.fromEntries(Object.keys(m).map((k) => [k, typeof m[k]]))));';
  const { stdout } = await promisify(execFile)(process.execPath, ['-e', script, file], { cwd: path.dirname(file) });
  return JSON.parse(stdout) as Record<string, string>;
}

// The Forge CLI's own Node bundler (webpack + ts-loader over the root tsconfig.json), run as
// `forge deploy` runs it but offline: https://developer.atlassian.com/platform/forge/cli-reference/deploy/
describe('forge deploy bundling, offline', () => {
  const scratch = scratchDir('forge-bundle');
  let report: BundleReport;

  beforeAll(async () => {
    report = await runForgeChild<BundleReport>('forge-bundle.runner.ts', scratch);
  }, 300_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('bundles one entry point per handler module the manifest names, outside the working tree', () => {
    expect(report.handlers).toEqual(named);
    expect(report.entryPoints).toEqual([...new Set(named.map((h) => h.module))]);
    expect(report.errors).toBe(0);
    expect(path.relative(scratch, report.outputDir).startsWith('..')).toBe(false);
    expect(report.additionalOutputs).toContain('__forge__.cjs');
  });

  it('warns about nothing and never touches the network', () => {
    expect(report.log.filter((l) => l.level === 'warn' || l.level === 'error')).toEqual([]);
    expect(report.networkAttempts).toEqual([]);
  });

  it('produces bundles that export exactly the handlers manifest.yml names, each a function', async () => {
    for (const module of report.entryPoints) {
      const file = path.join(report.outputDir, `${module}.cjs`);
      expect(existsSync(file)).toBe(true);
      const exported = await exportsOf(file);
      const wanted = named.filter((h) => h.module === module).map((h) => h.func);
      expect(Object.keys(exported).sort()).toEqual([...new Set(wanted)].sort());
      expect(Object.values(exported).every((type) => type === 'function')).toBe(true);
    }
  });
});
