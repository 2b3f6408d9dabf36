import { getInitiative } from '../../src/adapters/storage/initiative.repository';
import { globalPagePath } from '../../local/app/global-page-path';
import { appFrame, startHarness, type Harness } from './browser-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(async () => {
  await h.close();
});

const scoreOf = async (issueKey: string): Promise<number | null> => {
  const issue = h.host.store.issues.find(issueKey);
  if (!issue) throw new Error(`No ${issueKey}`);
  const record = await h.host.runtime.run('test', 'read', undefined, undefined, () => getInitiative(String(issue.id)));
  return record?.computed.score ?? null;
};

describe('each surface, in the real UI bundle, as a seeded user', () => {
  it('issue panel: an editor sees the stored score and can rate; the Jira field shows the same score', async () => {
    const page = await h.open('/jira/browse/CSI-1?as=u-editor');
    const frame = await appFrame(page);
    const expected = await scoreOf('CSI-1');
    await frame.getByLabel(/CSI score .* out of 100/).waitFor();
    expect(await frame.getByLabel(/CSI score .* out of 100/).textContent()).toBe(expected?.toFixed(1));
    await expect(frame.getByRole('tab', { name: 'Rate' }).count()).resolves.toBe(1);
    expect(await page.getByTestId('csi-score-field').textContent()).toBe(String(expected));
    await h.shot(page, 'issue-panel-editor');
  });

  it('issue panel: a viewer sees the score read-only (no rating form)', async () => {
    const page = await h.open('/jira/browse/CSI-1?as=u-viewer');
    const frame = await appFrame(page);
    await frame.getByLabel(/CSI score .* out of 100/).waitFor();
    await expect(frame.getByRole('tab', { name: 'Rate' }).count()).resolves.toBe(0);
    await expect(frame.getByRole('tab', { name: 'Criteria' }).count()).resolves.toBe(1);
    await h.shot(page, 'issue-panel-viewer');
  });

  it('issue view: the outsider cannot see the issue at all', async () => {
    const page = await h.open('/jira/browse/CSI-1?as=u-outsider');
    await expect(page.getByText(/You can't see issue CSI-1/).count()).resolves.toBe(1);
    await expect(page.locator('iframe.app-frame').count()).resolves.toBe(0);
  });

  it('programme page: a CSI admin who is not a Jira admin sees the criteria; an editor is told whom to ask', async () => {
    const page = await h.open(`${globalPagePath()}?as=u-csi-admin`);
    const frame = await appFrame(page);
    await frame.getByText('Business impact').first().waitFor();
    await h.shot(page, 'programme-csi-admin');
    const refused = await h.open(`${globalPagePath()}?as=u-editor`);
    const refusedFrame = await appFrame(refused);
    await refusedFrame.getByText('The CSI programme is for CSI admins').waitFor();
    await expect(refusedFrame.getByRole('button', { name: 'Save configuration' }).count()).resolves.toBe(0);
    await h.shot(refused, 'programme-editor-asks');
  });

  it('admin page: a site admin sees the CSI admins and opens the programme page from it; a CSI admin is refused', async () => {
    const page = await h.open('/jira/admin?as=u-site-admin');
    const frame = await appFrame(page);
    await frame.getByRole('list', { name: 'CSI admins' }).getByText('Chen Okafor').waitFor();
    await expect(frame.getByText('Business impact').count()).resolves.toBe(0);
    await h.shot(page, 'admin-site-admin');
    await Promise.all([
      page.waitForURL(new RegExp(`${globalPagePath()}\\?as=u-site-admin`)),
      frame.getByRole('button', { name: 'Open the CSI programme' }).click(),
    ]);
    await (await appFrame(page)).getByText('Business impact').first().waitFor();
    const refused = await h.open('/jira/admin?as=u-csi-admin');
    await (await appFrame(refused)).getByText('Only Jira site administrators can do this.').waitFor();
  });

  it('project page: a viewer sees the portfolio ranked by score, and an issue key opens the issue', async () => {
    const page = await h.open('/jira/projects/CSI?as=u-viewer');
    const frame = await appFrame(page);
    const link = frame.getByRole('link', { name: 'CSI-1', exact: true });
    await link.waitFor();
    await h.shot(page, 'project-page-viewer');
    await Promise.all([page.waitForURL(/\/jira\/browse\/CSI-1\?as=u-viewer/), link.click()]);
    await expect(
      page.getByRole('heading', { name: 'Cut P1 incident resolution time with a swarming model' }).count(),
    ).resolves.toBe(1);
  });

  it('project page: the outsider is refused by the resolver', async () => {
    const page = await h.open('/jira/projects/CSI?as=u-outsider');
    const frame = await appFrame(page);
    await frame.getByText('You do not have permission to browse this project.').waitFor();
  });

  it('Confluence: a viewer sees both macros with seeded data; the outsider cannot view the page', async () => {
    const page = await h.open('/confluence/pages/30001?as=u-viewer');
    const log = await appFrame(page, 0);
    await log.getByText(/Verified through #\d+/).waitFor();
    await log.getByText('Pilot gate: GO', { exact: false }).first().waitFor();
    const report = await appFrame(page, 2);
    await report.getByText('Cut P1 incident resolution time with a swarming model').first().waitFor();
    await h.shot(page, 'confluence-report-viewer');
    const outsider = await h.open('/confluence/pages/30001?as=u-outsider');
    await expect(outsider.getByText(/You can't view this page/).count()).resolves.toBe(1);
  });
});

describe('Confluence PDF export of the CSI report page', () => {
  it('replaces each macro by the document its adfExport function returns for the exporting user', async () => {
    const page = await h.open('/confluence/pages/30001/export?as=u-viewer');
    await expect(page.locator('iframe').count()).resolves.toBe(0);
    await page.getByText(/Hash chain verified through #\d+/).waitFor();
    await expect(page.getByRole('cell', { name: /CSI-1 · Cut P1 incident resolution time/ }).count()).resolves.toBe(1);
    await h.shot(page, 'confluence-export-viewer');
    const outsider = await h.open('/confluence/pages/30001/export?as=u-outsider');
    await expect(outsider.getByText(/You can't view this page/).count()).resolves.toBe(1);
  });
});
