import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { globalPagePath } from '../../local/app/global-page-path';
import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { APP_ID, ENVIRONMENT_ID } from '../../local/runtime/site';
import type { ScoringConfigData } from '../../src/contracts/programme.contract';
import { invokeAs, seededHost } from '../support/seeded-host';

/**
 * Jira settings pages (`jira:adminPage`) are shown to Jira administrators only, so the scoring
 * configuration lives on the `jira:globalPage` "CSI programme" (Apps menu, open to everyone with
 * Jira access), gated by the app's CSI-admin role in its resolvers.
 */
let host: LocalHost;
let server: Server;
let base: string;

beforeAll(async () => {
  host = await seededHost();
  server = await host.listen(0);
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  host.close();
});

const programme = (accountId: string) => ({ moduleKey: 'csi-programme-page', accountId });
const adminPage = (accountId: string) => ({ moduleKey: 'csi-admin-page', accountId });
const codeOf = (envelope: { ok: boolean; error?: { code: string } }) => (envelope.ok ? 'ok' : envelope.error?.code);

async function currentConfig(accountId: string) {
  const { envelope } = await invokeAs<ScoringConfigData>(host, programme(accountId), 'programme.scoringConfig', {});
  if (!envelope.ok) throw new Error(`programme.scoringConfig refused ${accountId}: ${envelope.error.code}`);
  const { version, changedBy: _b, changedAt: _a, ...config } = envelope.data.config;
  return { version, config };
}

describe('the CSI programme page (jira:globalPage)', () => {
  it('a CSI admin who is not a Jira admin loads and saves the scoring configuration there', async () => {
    expect(host.store.users.get(USERS.csiAdmin)?.siteAdmin).toBe(false);
    const { version, config } = await currentConfig(USERS.csiAdmin);
    const changed = {
      ...config,
      criteria: config.criteria.map((c, i) => (i === 0 ? { ...c, weight: c.weight + 1 } : c)),
    };
    const saved = await invokeAs<ScoringConfigData>(host, programme(USERS.csiAdmin), 'programme.saveConfig', {
      config: changed,
      reason: 'The CAB agreed to weigh the first criterion more',
    });
    expect(codeOf(saved.envelope)).toBe('ok');
    expect(saved.writes.kvs).toBeGreaterThan(0);
    const after = await currentConfig(USERS.csiAdmin);
    expect(after.version).toBe(version + 1);
    expect(after.config.criteria[0]?.weight).toBe((config.criteria[0]?.weight ?? 0) + 1);
  });

  it('the admin page refuses that CSI admin, and does not serve the configuration calls at all', async () => {
    for (const [call, payload] of [
      ['admin.get', {}],
      ['admin.setCsiAdmins', { accountIds: [USERS.csiAdmin, USERS.editor] }],
    ] as const) {
      const { envelope, writes } = await invokeAs(host, adminPage(USERS.csiAdmin), call, payload);
      expect(codeOf(envelope)).toBe('FORBIDDEN');
      expect(writes).toEqual({ kvs: 0, rest: 0 });
    }
    const { config } = await currentConfig(USERS.siteAdmin);
    await expect(
      host.runner.invokeResolver(host.frames.create(adminPage(USERS.siteAdmin)), 'programme.saveConfig', {
        config,
        reason: 'Through the wrong page',
      }),
    ).rejects.toThrow(/no definition for 'programme.saveConfig'/);
  });

  it('a site admin still reaches both pages (a site admin is always a CSI admin)', async () => {
    expect(codeOf((await invokeAs(host, adminPage(USERS.siteAdmin), 'admin.get', {})).envelope)).toBe('ok');
    expect((await currentConfig(USERS.siteAdmin)).version).toBeGreaterThan(0);
  });

  it.each([USERS.viewer, USERS.editor, USERS.outsider])(
    'as %s (no CSI-admin role): FORBIDDEN for reading and saving, and nothing is written',
    async (accountId) => {
      const { config } = await currentConfig(USERS.csiAdmin);
      const read = await invokeAs(host, programme(accountId), 'programme.scoringConfig', {});
      expect(codeOf(read.envelope)).toBe('FORBIDDEN');
      const save = await invokeAs(host, programme(accountId), 'programme.saveConfig', { config, reason: 'Not mine' });
      expect(codeOf(save.envelope)).toBe('FORBIDDEN');
      expect(save.writes).toEqual({ kvs: 0, rest: 0 });
    },
  );
});

describe('the local host shows the global page as Jira does', () => {
  it('binds the documented extension context: type jira:globalPage and location /jira/apps/{appId}/{envId} (jira-global-page, "Extension data")', () => {
    const frame = host.frames.create(programme(USERS.viewer));
    expect(frame.context.extension).toEqual({
      type: 'jira:globalPage',
      location: `http://localhost/jira/apps/${APP_ID}/${ENVIRONMENT_ID}`,
    });
  });

  it('serves the page at that URL, and router.navigate({ target: "module" }) finds it by module key', async () => {
    const page = await fetch(`${base}${globalPagePath()}?as=${USERS.csiAdmin}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<iframe[^>]+data-token=/);
    const moved = await fetch(`${base}/__local/modules/csi-programme-page?as=${USERS.csiAdmin}`, {
      redirect: 'manual',
    });
    expect(moved.status).toBe(302);
    expect(moved.headers.get('location')).toBe(`${globalPagePath()}?as=${USERS.csiAdmin}`);
    const unknown = await fetch(`${base}/__local/modules/csi-issue-panel`, { redirect: 'manual' });
    expect(unknown.status).toBe(404);
  });
});
