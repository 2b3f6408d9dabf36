/**
 * Several sites through one warm instance of the app (src/index.ts imported once by this file),
 * as Forge may run it: Forge docs tenant-data-isolation ("module-level variables and in-memory
 * caches are shared across tenant invocations") and manifest-reference/modules/jira-custom-field
 * ("Field lifecycle": `schema.custom` is `ari:cloud:ecosystem::extension/<app>/<environment>/static/<key>`).
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalHost, type LocalHostOptions } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { ProductStore } from '../../local/product/product-store';
import { seedProductDemo } from '../../local/product/seed-product';
import { createLocalPlatform } from '../../local/runtime/local-platform';
import { LOCAL_ENVIRONMENT, type AppEnvironment } from '../../local/runtime/site';
import { defaultSettings, saveSettings } from '../../src/adapters/storage/settings.repository';
import { invokeAs } from '../support/seeded-host';

const ISSUE = 'CSI-6';
const dir = mkdtempSync(join(tmpdir(), 'csi-sites-'));
const hosts: LocalHost[] = [];
afterAll(() => {
  for (const host of hosts) host.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A site database on which `environment`'s field for `moduleKey` was created before the app's own. */
function siteWithEarlierField(name: string, environment: AppEnvironment, moduleKey: string): string {
  const file = join(dir, `${name}.db`);
  const db = new Database(file);
  new ProductStore(db).fields.register(moduleKey, 'An earlier field', 'number', environment);
  db.close();
  return file;
}

async function openSite(options: LocalHostOptions): Promise<LocalHost> {
  const host = new LocalHost({ dbFile: ':memory:', ...options });
  hosts.push(host);
  seedProductDemo(host.store);
  await host.runtime.run('test', 'settings', USERS.siteAdmin, undefined, () =>
    saveSettings({ ...defaultSettings(), csiAdmins: [USERS.csiAdmin], changedAt: '2026-11-01T09:00:00.000Z' }),
  );
  return host;
}

async function rate(host: LocalHost, rating: number): Promise<number> {
  const ratings = ['business-impact', 'strategic-alignment', 'effort', 'risk'].map((criterionKey) => ({
    criterionKey,
    rating,
    rationale: 'Agreed',
  }));
  const panel = { moduleKey: 'csi-issue-panel', accountId: USERS.editor, issueKey: ISSUE };
  const { envelope } = await invokeAs<unknown>(host, panel, 'issuePanel.rate', { ratings });
  expect(envelope).toMatchObject({ ok: true });
  const property = host.store.properties.get(issueId(host), 'csi-score') as { score: number } | undefined;
  if (typeof property?.score !== 'number') throw new Error('The score property was not written');
  return property.score;
}

const issueId = (host: LocalHost) => host.store.issues.find(ISSUE)!.id;
const ownField = (host: LocalHost) => host.store.fields.byModuleKey('csi-score-field', host.platform.environment)!;

describe('two sites through one warm instance of the app', () => {
  it("writes site B's score to site B's own field, and leaves site A's field alone", async () => {
    const platform = createLocalPlatform();
    const other: AppEnvironment = { appId: 'another-app', environmentId: 'production', environmentType: 'PRODUCTION' };
    const siteA = await openSite({ site: { cloudId: 'site-a' }, platform });
    const siteB = await openSite({
      site: { cloudId: 'site-b' },
      platform,
      dbFile: siteWithEarlierField('site-b', other, 'story-points'),
    });
    expect(ownField(siteA).id).not.toBe(ownField(siteB).id);

    const scoreA = await rate(siteA, 4);
    const scoreB = await rate(siteB, 2);

    expect(scoreA).not.toBe(scoreB);
    expect(siteB.store.fields.getValue(ownField(siteB), issueId(siteB))).toBe(scoreB);
    expect(
      siteB.store.fields.getValue(siteB.store.fields.byModuleKey('story-points', other)!, issueId(siteB)),
    ).toBeNull();
    expect(siteA.store.fields.getValue(ownField(siteA), issueId(siteA))).toBe(scoreA);
  });

  it('tells each invocation its own site: cloudId, install context and installation', async () => {
    const platform = createLocalPlatform();
    const siteA = await openSite({ site: { cloudId: 'ctx-a' }, platform });
    const siteB = await openSite({ site: { cloudId: 'ctx-b' }, platform });
    const { getAppContext } = await import('@forge/api');
    const seen = await Promise.all(
      [siteA, siteB].map((host) =>
        host.runtime.run('test', 'context', undefined, undefined, async () => {
          await new Promise((resolve) => setTimeout(resolve, 5));
          return getAppContext().installationAri.installationId;
        }),
      ),
    );
    expect(seen).toEqual(['installation-ctx-a', 'installation-ctx-b']);
    expect(
      siteB.frames.create({ moduleKey: 'csi-issue-panel', accountId: USERS.editor, issueKey: ISSUE }).context,
    ).toMatchObject({ cloudId: 'ctx-b', siteUrl: 'https://ctx-b.atlassian.net' });
  });
});

describe('a development and a production install on one site', () => {
  it("writes the score to the running environment's field, not the other environment's", async () => {
    const production: AppEnvironment = {
      ...LOCAL_ENVIRONMENT,
      environmentId: 'production-env',
      environmentType: 'PRODUCTION',
    };
    const host = await openSite({ dbFile: siteWithEarlierField('two-envs', production, 'csi-score-field') });
    const theirs = host.store.fields.byModuleKey('csi-score-field', production)!;
    expect(theirs.id).not.toBe(ownField(host).id);

    const score = await rate(host, 5);

    expect(host.store.fields.getValue(ownField(host), issueId(host))).toBe(score);
    expect(host.store.fields.getValue(theirs, issueId(host))).toBeNull();
  });
});
