import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { AppLintReport } from './forge-lint.runner';
import { ROOT, runForgeChild, scratchDir } from './run-forge-child';
import { operationRecommends } from './openapi-recommended-scopes';

const manifestText = readFileSync(path.join(ROOT, 'manifest.yml'), 'utf8');
const manifest = parseDocument(manifestText).toJS() as {
  permissions: { scopes: string[] };
  modules: { trigger?: { events: string[] }[] };
};
const declared = manifest.permissions.scopes;

/** Needed scopes the linter's scope check must report missing when the manifest drops them. */
const REMOVED = ['read:jira-work', 'read:page:confluence'];

/**
 * A copy of what `forge lint` reads (sources, manifest, tsconfig, .gitignore), optionally with one scope
 * removed, and a placeholder Custom UI build: the manifest linter refuses a `resources` path that does
 * not exist, and static/dist exists only after `npm run build` (which `npm test` runs first).
 */
function appCopy(scratch: string, withoutScope?: string): string {
  const dir = path.join(scratch, `app-${(withoutScope ?? 'as-is').replace(/[^a-z-]/g, '-')}`);
  mkdirSync(path.join(dir, 'static/dist'), { recursive: true });
  writeFileSync(path.join(dir, 'static/dist/index.html'), '<!doctype html><title>placeholder</title>');
  for (const entry of ['src', 'tsconfig.json', '.gitignore', 'package.json']) {
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  const doc = parseDocument(manifestText);
  const scopes = doc.getIn(['permissions', 'scopes']) as { items: { value: unknown }[] };
  scopes.items = scopes.items.filter((item) => item.value !== withoutScope);
  writeFileSync(path.join(dir, 'manifest.yml'), doc.toString());
  return dir;
}

/** The working tree itself once the UI is built; before that, a copy with a placeholder build. */
const appAsIs = (scratch: string) => (existsSync(path.join(ROOT, 'static/dist/index.html')) ? ROOT : appCopy(scratch));

const walk = (dir: string): string[] =>
  readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
const sources = walk('src').filter((f) => /\.tsx?$/.test(f));
const productCallsIn = (file: string) =>
  (readFileSync(path.join(ROOT, file), 'utf8').match(/\.request(Jira|Confluence|Bitbucket)\(/g) ?? []).length;

/** The Forge platform's own table of the scopes each product event needs (used by `forge lint`). */
function eventScopes(): Map<string, string[]> {
  const file = path.join(
    path.dirname(require.resolve('@forge/manifest')),
    'mapping/product-event-to-scope-mapping.json',
  );
  const { mapping } = JSON.parse(readFileSync(file, 'utf8')) as {
    mapping: { productEvent: string; oAuthScopes: { current: string[] } }[];
  };
  return new Map(mapping.map((m) => [m.productEvent, m.oAuthScopes.current]));
}

// `forge lint`'s client-side linters, offline, with the OpenAPI descriptions of ../shared/platform/:
// https://developer.atlassian.com/platform/forge/cli-reference/lint/
describe('forge lint, offline', () => {
  const scratch = scratchDir('forge-lint');
  let app: AppLintReport;
  let without: Map<string, AppLintReport>;
  let networkAttempts: string[];

  beforeAll(async () => {
    const dirs = [appAsIs(scratch), ...REMOVED.map((scope) => appCopy(scratch, scope))];
    const report = await runForgeChild<{ apps: AppLintReport[]; networkAttempts: string[] }>(
      'forge-lint.runner.ts',
      scratch,
      dirs,
    );
    [app] = report.apps as [AppLintReport];
    without = new Map(REMOVED.map((scope, i) => [scope, report.apps[i + 1] as AppLintReport]));
    networkAttempts = report.networkAttempts;
  }, 300_000);
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('parses every TypeScript source under src/ (the linter reads only what tsconfig include lists)', () => {
    expect(sources.length).toBeGreaterThan(50);
    expect(sources.filter((f) => !app.parsed.includes(f))).toEqual([]);
  });

  it('reports no problem for the app as it is, without touching the network', () => {
    expect(app.problems).toEqual([]);
    expect(networkAttempts).toEqual([]);
  });

  it('sees every product REST call in src/, each in a supplied OpenAPI description', () => {
    // The linter only checks a call whose route is written inline (a literal or route`...`) and whose
    // options are an object literal; a call it cannot read would escape the scope check.
    const seen = (file: string) => app.calls.filter((c) => c.file === file).length;
    expect(
      sources.filter((f) => productCallsIn(f) !== seen(f)).map((f) => `${f}: ${productCallsIn(f)} vs ${seen(f)}`),
    ).toEqual([]);
    expect(app.calls.length).toBeGreaterThan(5);
    expect(app.calls.filter((c) => c.operation === null)).toEqual([]);
  });

  it('declares exactly the scopes the calls, events and storage need, and those the API recommends', () => {
    const events = eventScopes();
    const needed = new Set([
      ...app.calls.flatMap((c) => c.current),
      // e.g. PUT /rest/api/3/app/field/{fieldIdOrKey}/value: "we recommend adding [write:app-data:jira]"
      ...app.calls.flatMap((c) => operationRecommends(c.product, c.method, c.operation)),
      ...(manifest.modules.trigger ?? []).flatMap((t) => t.events.flatMap((e) => events.get(e) ?? [])),
      // "Using the @forge/kvs package requires the storage:app scope": runtime-reference/storage-api-basic
      ...(sources.some((f) => /from '@forge\/kvs'/.test(readFileSync(path.join(ROOT, f), 'utf8')))
        ? ['storage:app']
        : []),
    ]);
    expect([...declared].sort()).toEqual([...needed].sort());
  });

  it.each(REMOVED)('reports %s missing when the manifest drops it', (scope) => {
    const problems = without.get(scope)?.problems ?? [];
    expect(problems.filter((p) => p.missingPermission === scope).length).toBeGreaterThan(0);
    expect(problems.filter((p) => p.missingPermission !== scope)).toEqual([]);
  });
});
