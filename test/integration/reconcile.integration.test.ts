import type { LocalHost } from '../../local/host';
import { USERS } from '../../local/product/demo-ids';
import { getInitiative } from '../../src/adapters/storage/initiative.repository';
import { loadReconcileRun } from '../../src/adapters/storage/reconcile.repository';
import { propertyValue } from '../../src/adapters/product/score-property';
import type { PanelData } from '../../src/contracts/issue-panel.contract';
import type { PortfolioPage } from '../../src/contracts/project-page.contract';
import type { ReconcileRun } from '../../src/application/reconcile/reconcile-run';
import { asPerson } from '../support/product-requests';
import { invokeAs, seededHost } from '../support/seeded-host';

let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
}, 120_000);
afterAll(() => host.close());

const read = <T>(fn: () => Promise<T>) => host.runtime.run('test', 'read', undefined, undefined, fn);
const idOf = (key: string) => String(host.store.issues.find(key)!.id);
const reconcile = async () => {
  const run = (await host.runner.runScheduled('csi-reconcile')) as ReconcileRun;
  await host.settle();
  return run;
};
/** Jira's `csi-score` property of an issue, read through REST as a person who can browse it. */
const shownProperty = async (key: string) =>
  asPerson(host, USERS.viewer, 'GET', `/rest/api/3/issue/${key}/properties/csi-score`);
const FORGED = { score: 99.9, class: 'quick-win', complete: 'true', mvi: 'passed', configVersion: 1 };

describe('the reconcile job (scheduled csi-reconcile)', () => {
  it('a property tampered with through REST is never shown by the app and is repaired by the next run', async () => {
    const key = 'CSI-1';
    const put = await asPerson(host, USERS.editor, 'PUT', `/rest/api/3/issue/${key}/properties/csi-score`, FORGED);
    expect(put.status).toBeLessThan(300);
    expect((await shownProperty(key)).body).toMatchObject({ value: FORGED });
    const truth = (await read(() => getInitiative(idOf(key))))!;
    expect(truth.computed.score).not.toBe(FORGED.score);

    const panel = await invokeAs<PanelData>(
      host,
      { moduleKey: 'csi-issue-panel', accountId: USERS.viewer, issueKey: key },
      'issuePanel.get',
      {},
    );
    expect(panel.envelope.ok && panel.envelope.data.score?.score).toBe(truth.computed.score);
    const portfolio = await invokeAs<PortfolioPage>(
      host,
      { moduleKey: 'csi-project-page', accountId: USERS.viewer, projectKey: 'CSI' },
      'projectPage.portfolio',
      { filters: {}, limit: 100 },
    );
    if (!portfolio.envelope.ok) throw new Error('projectPage.portfolio failed');
    expect(portfolio.envelope.data.rows.find((r) => r.issueKey === key)?.score).toBe(truth.computed.score);

    const run = await reconcile();
    expect(run.repaired).toBeGreaterThanOrEqual(1);
    expect(run.recentRepairs).toContainEqual(expect.objectContaining({ issueKey: key, drift: 'property' }));
    expect((await shownProperty(key)).body).toMatchObject({ value: propertyValue(truth.computed) });
    expect(await read(loadReconcileRun)).toMatchObject({ repaired: run.repaired, checked: run.checked });
  });

  it('a deleted property and a field set by hand are repaired; a second run finds nothing to repair', async () => {
    const del = await asPerson(host, USERS.editor, 'DELETE', '/rest/api/3/issue/CSI-2/properties/csi-score');
    expect(del.status).toBe(204);
    const field = [...host.store.fields.list()].find((f) => f.name === 'CSI score')!;
    host.store.fields.setValue(field, Number(idOf('CSI-3')), 12.5);
    const run = await reconcile();
    expect(run.recentRepairs.slice(0, run.repaired)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ issueKey: 'CSI-2', drift: 'missing-property' }),
        expect.objectContaining({ issueKey: 'CSI-3', drift: 'field' }),
      ]),
    );
    const record2 = (await read(() => getInitiative(idOf('CSI-2'))))!;
    expect((await shownProperty('CSI-2')).body).toMatchObject({ value: propertyValue(record2.computed) });
    const record3 = (await read(() => getInitiative(idOf('CSI-3'))))!;
    expect(host.store.fields.getValue(field, Number(idOf('CSI-3')))).toBe(record3.computed.score);
    expect(await reconcile()).toMatchObject({ repaired: 0 });
  });

  it('the search returns requested issue properties, at most 5 (SearchAndReconcileRequestBean.properties)', async () => {
    const search = (properties: string[]) =>
      asPerson(host, USERS.viewer, 'POST', '/rest/api/3/search/jql', {
        jql: 'key = CSI-1',
        fields: ['summary'],
        properties,
      });
    const one = await search(['csi-score', 'not-there']);
    expect(one.status).toBe(200);
    const [issue] = (one.body as { issues: Array<{ properties: Record<string, unknown> }> }).issues;
    expect(Object.keys(issue!.properties)).toEqual(['csi-score']);
    expect((await search(['a', 'b', 'c', 'd', 'e', 'f'])).status).toBe(400);
  });

  it('checks the whole portfolio for one bulk search per 100 initiatives', async () => {
    const before = host.store.pointsUsed();
    host.stats.reset();
    const run = await reconcile();
    expect(run.cursor).toBe('');
    expect(run.checked).toBeGreaterThan(0);
    expect(host.store.pointsUsed() - before).toBe(Math.ceil(run.checked / 100));
  });
});
