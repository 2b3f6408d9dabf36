/**
 * The project page's scoring grid, statuses, saved views and export (issue 9), through the
 * resolvers as the browser bridge calls them. The grid names the issue in its payload, so every
 * row save checks browse and edit of that issue as the caller (issue-level security included).
 */
import type { LocalHost } from '../../local/host';
import { PROJECTS, USERS } from '../../local/product/demo-ids';
import type { PanelData } from '../../src/contracts/issue-panel.contract';
import type { GridPage, GridRowSaved, SavedView } from '../../src/contracts/project-page.contract';
import type { ExportFile } from '../../src/contracts/decision-log.contract';
import { invokeAs, seededHost } from '../support/seeded-host';

let host: LocalHost;
beforeAll(async () => {
  host = await seededHost();
}, 120_000);
afterAll(() => host.close());

const project = (accountId: string) => ({ moduleKey: 'csi-project-page', accountId, projectKey: 'CSI' });
const idOf = (key: string) => String(host.store.issues.list().find((i) => i.key === key)?.id);
const call = <T>(accountId: string, key: string, payload: unknown) =>
  invokeAs<T>(host, project(accountId), key, payload);
const rateRow = (accountId: string, payload: unknown) => call<GridRowSaved>(accountId, 'projectPage.rateRow', payload);

/** The caller's stored ratings of an issue, as the issue panel reads them. */
async function myRatings(accountId: string, issueKey: string) {
  const { envelope } = await invokeAs<PanelData>(
    host,
    { moduleKey: 'csi-issue-panel', accountId, issueKey },
    'issuePanel.get',
    {},
  );
  if (!envelope.ok) throw new Error(envelope.error.message);
  return Object.fromEntries(Object.entries(envelope.data.myRatings).map(([k, v]) => [k, v.rating]));
}

describe('projectPage.grid', () => {
  it("lists the criteria with their level descriptions and the caller's own ratings per row", async () => {
    const { envelope } = await call<GridPage>(USERS.editor, 'projectPage.grid', { filters: {}, limit: 50 });
    if (!envelope.ok) throw new Error(envelope.error.message);
    expect(envelope.data.criteria.map((c) => c.key)).toEqual([
      'business-impact',
      'strategic-alignment',
      'effort',
      'risk',
    ]);
    expect(envelope.data.criteria.every((c) => c.levels.length === 5)).toBe(true);
    const row = envelope.data.rows.find((r) => r.issueKey === 'CSI-3');
    expect(row?.myRatings).toEqual(await myRatings(USERS.editor, 'CSI-3'));
  });
});

describe('projectPage.rateRow', () => {
  it('saves the valid cells of a row and refuses an out-of-scale cell in place', async () => {
    const before = await myRatings(USERS.editor, 'CSI-3');
    const { envelope } = await rateRow(USERS.editor, {
      issue: idOf('CSI-3'),
      ratings: [
        { criterionKey: 'business-impact', rating: 5 },
        { criterionKey: 'effort', rating: 7 },
        { criterionKey: 'risk', rating: 1 },
      ],
    });
    if (!envelope.ok) throw new Error(envelope.error.message);
    expect(envelope.data.refused).toEqual({ 'ratings.1.rating': ['Rate with a whole number from 1 to 5'] });
    expect(await myRatings(USERS.editor, 'CSI-3')).toEqual({ ...before, 'business-impact': 5, risk: 1 });
    expect(envelope.data.row.myRatings).toEqual({ ...before, 'business-impact': 5, risk: 1 });
  });

  it('keeps the rationale the rater gave in the panel when the grid changes only the number', async () => {
    const panel = { moduleKey: 'csi-issue-panel', accountId: USERS.editor, issueKey: 'CSI-4' };
    await invokeAs(host, panel, 'issuePanel.rate', {
      ratings: [{ criterionKey: 'risk', rating: 2, rationale: 'Two teams, one change window' }],
    });
    await rateRow(USERS.editor, { issue: idOf('CSI-4'), ratings: [{ criterionKey: 'risk', rating: 3 }] });
    const { envelope } = await invokeAs<PanelData>(host, panel, 'issuePanel.get', {});
    expect(envelope.ok && envelope.data.myRatings.risk).toEqual({
      rating: 3,
      rationale: 'Two teams, one change window',
    });
  });

  it.each([
    ['a rating above the scale', 6],
    ['a fraction', 2.5],
    ['letters', 'high'],
    ['zero', 0],
  ])('a row with only %s saves nothing', async (_what, rating) => {
    const { envelope, writes } = await rateRow(USERS.editor, {
      issue: idOf('CSI-5'),
      ratings: [{ criterionKey: 'effort', rating }],
    });
    expect(envelope).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fieldErrors: { 'ratings.0.rating': ['Rate with a whole number from 1 to 5'] } },
    });
    expect(writes).toEqual({ kvs: 0, rest: 0 });
  });

  it('refuses a criterion the configuration does not have, in its cell', async () => {
    const { envelope } = await rateRow(USERS.editor, {
      issue: idOf('CSI-5'),
      ratings: [{ criterionKey: 'made-up', rating: 3 }],
    });
    expect(envelope).toMatchObject({
      ok: false,
      error: { fieldErrors: { 'ratings.0.criterionKey': ['Not a criterion of the scoring configuration'] } },
    });
  });

  it('refuses a reader who may browse but not edit, and writes nothing', async () => {
    const { envelope, writes } = await rateRow(USERS.viewer, {
      issue: idOf('CSI-5'),
      ratings: [{ criterionKey: 'effort', rating: 2 }],
    });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(writes).toEqual({ kvs: 0, rest: 0 });
  });

  it.each([
    ['an accountId', { accountId: USERS.siteAdmin }],
    ['another projectKey', { projectKey: 'OPS' }],
    ['an issueId', { issueId: '10001' }],
  ])('refuses a payload that names %s other than the context', async (_what, forged) => {
    const { envelope, writes } = await rateRow(USERS.editor, {
      issue: idOf('CSI-5'),
      ratings: [{ criterionKey: 'effort', rating: 2 }],
      ...forged,
    });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(writes).toEqual({ kvs: 0, rest: 0 });
  });

  it('answers an issue of another project, or none, as not found', async () => {
    const ops = String(host.store.issues.list(PROJECTS.ops.id)[0]?.id);
    for (const issue of [ops, '99999999']) {
      const { envelope, writes } = await rateRow(USERS.editor, {
        issue,
        ratings: [{ criterionKey: 'effort', rating: 2 }],
      });
      expect(envelope).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(writes).toEqual({ kvs: 0, rest: 0 });
    }
  });

  it('answers an issue behind a security level the caller is not in as not found, and writes nothing', async () => {
    host.store.security.defineLevel({ id: 10200, name: 'Leads only', description: 'Site admin only' }, [
      USERS.siteAdmin,
    ]);
    host.store.security.setIssueLevel(Number(idOf('CSI-9')), 10200);
    try {
      const { envelope, writes } = await rateRow(USERS.editor, {
        issue: idOf('CSI-9'),
        ratings: [{ criterionKey: 'effort', rating: 2 }],
      });
      expect(envelope).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(writes).toEqual({ kvs: 0, rest: 0 });
    } finally {
      host.store.security.setIssueLevel(Number(idOf('CSI-9')), null);
    }
  });
});

describe('projectPage.statuses', () => {
  it("offers the project's workflow statuses from Jira", async () => {
    const { envelope } = await call<{ statuses: string[] }>(USERS.viewer, 'projectPage.statuses', {});
    expect(envelope).toEqual({
      ok: true,
      data: { statuses: ['To Do', 'Under Review', 'Approved', 'In Progress', 'Rolling Out', 'Done', 'Rejected'] },
    });
  });
});

describe('saved portfolio views', () => {
  const view = (name: string): SavedView => ({
    name,
    filters: { status: 'In Progress' },
    sort: { key: 'summary', order: 'ASC' },
  });
  const views = async (accountId: string) => {
    const { envelope } = await call<{ views: SavedView[] }>(accountId, 'projectPage.views', {});
    if (!envelope.ok) throw new Error(envelope.error.message);
    return envelope.data.views.map((v) => v.name);
  };

  it('are per user, replace a view of the same name, and are bounded', async () => {
    await call(USERS.viewer, 'projectPage.saveView', { view: view('Mine') });
    await call(USERS.viewer, 'projectPage.saveView', { view: { ...view('mine'), sort: null } });
    expect(await views(USERS.viewer)).toEqual(['mine']);
    expect(await views(USERS.editor)).toEqual([]);
    for (let n = 1; n < 20; n += 1) await call(USERS.viewer, 'projectPage.saveView', { view: view(`View ${n}`) });
    const { envelope, writes } = await call(USERS.viewer, 'projectPage.saveView', { view: view('One too many') });
    expect(envelope).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(writes.kvs).toBe(0);
    await call(USERS.viewer, 'projectPage.deleteView', { name: 'MINE' });
    expect(await views(USERS.viewer)).toHaveLength(19);
    for (let n = 1; n < 20; n += 1) await call(USERS.viewer, 'projectPage.deleteView', { name: `View ${n}` });
    expect(await views(USERS.viewer)).toEqual([]);
  });
});

describe('projectPage.exportPortfolio', () => {
  it('honours the filters and the sort, and names people by their display names', async () => {
    const { envelope } = await call<ExportFile>(USERS.editor, 'projectPage.exportPortfolio', {
      filters: { status: 'In Progress' },
      sort: { key: 'summary', order: 'ASC' },
    });
    if (!envelope.ok) throw new Error(envelope.error.message);
    const [head, ...lines] = envelope.data.content.trim().split('\r\n');
    expect(head?.split(',').slice(-2)).toEqual(['owner', 'raters']);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => l.includes(',In Progress,'))).toBe(true);
    const summaries = lines.map((l) => l.split(',')[2] ?? '');
    expect(summaries).toEqual([...summaries].sort((a, b) => (a < b ? -1 : 1)));
    expect(envelope.data.content).toContain('Eli Marsh');
    expect(envelope.data.content).not.toMatch(/u-(editor|csi-admin|viewer|site-admin)/);
  });
});
