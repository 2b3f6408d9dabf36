import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { JQL_HELP } from '../../src/contracts/jql-help';
import { asPerson } from '../support/product-requests';
import { seededHost } from '../support/seeded-host';

/**
 * The programme page's JQL help (issue 9, item 6): every value it lists is what the `csi-score`
 * property stores, so the search it shows finds exactly the initiatives with that value, through
 * the host's JQL search (POST /rest/api/3/search/jql) over the manifest's search aliases.
 */
let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
}, 120_000);
afterAll(() => host.close());

type Hit = { id: string; key: string; properties?: Record<string, Record<string, unknown>> };
async function search(jql: string): Promise<Hit[]> {
  const res = await asPerson(host, USERS.editor, 'POST', '/rest/api/3/search/jql', {
    jql,
    properties: ['csi-score'],
    maxResults: 100,
  });
  if (res.status !== 200) throw new Error(`JQL ${jql} answered ${res.status}`);
  return (res.body as { issues: Hit[] }).issues;
}

const manifest = parse(readFileSync(join(__dirname, '..', '..', 'manifest.yml'), 'utf8')) as {
  modules: { 'jira:entityProperty': Array<{ values: Array<{ path: string; searchAlias: string }> }> };
};
const manifestAliases = manifest.modules['jira:entityProperty'].flatMap((p) => p.values);
const pathOf = (alias: string) => manifestAliases.find((v) => v.searchAlias === alias)?.path ?? '';

describe('the JQL help', () => {
  it('lists every search alias of the manifest, and only those', () => {
    expect(JQL_HELP.map((a) => a.alias).sort()).toEqual(manifestAliases.map((v) => v.searchAlias).sort());
  });

  describe.each(JQL_HELP.filter((a) => a.values.length > 0).map((a) => [a.alias, a] as const))('%s', (alias, help) => {
    it('finds, per listed value, exactly the issues whose property stores it, and covers them all', async () => {
      const all = (await search('project = CSI')).filter((i) => i.properties?.['csi-score'] !== undefined);
      const stored = (i: Hit) => String(i.properties?.['csi-score']?.[pathOf(alias)]);
      let found = 0;
      for (const { value } of help.values) {
        const hits = await search(`project = CSI AND ${alias} = "${value}"`);
        expect(hits.map(stored).filter((v) => v !== value)).toEqual([]);
        found += hits.length;
      }
      expect(found).toBe(all.length);
      expect(found).toBeGreaterThan(0);
    });
  });

  it.each(JQL_HELP.map((a) => [a.alias, a.example] as const))(
    '%s: its example is JQL the search accepts',
    async (_alias, example) => {
      const hits = await search(example);
      expect(Array.isArray(hits)).toBe(true);
    },
  );

  it('finds the PIR action issues of CSI-11 by its issue id, as the help says', async () => {
    const [csi11] = await search('key = CSI-11');
    const actions = await search(`csiPirIssue = "${csi11!.id}"`);
    expect(actions.length).toBeGreaterThanOrEqual(3);
    expect(actions.map((a) => a.key)).not.toContain('CSI-11');
  });

  it('shows why it exists: the label the UI shows matches nothing, the value it lists matches', async () => {
    expect(await search('csiClass = "Quick win"')).toEqual([]);
    expect((await search('csiClass = "quick-win"')).length).toBeGreaterThan(0);
  });

  it('gives examples that Jira accepts', async () => {
    for (const { example } of JQL_HELP) await expect(search(`project = CSI AND ${example}`)).resolves.toBeDefined();
  });
});
