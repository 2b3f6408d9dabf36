import type { Frame } from 'playwright-core';
import { globalPagePath } from '../../local/app/global-page-path';
import { appFrame, axeViolations, startHarness, type Harness } from './browser-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(async () => {
  await h.close();
});

/** Zero WCAG A/AA violations, printed with their targets when there are some. */
async function expectAccessible(frame: Frame): Promise<void> {
  const violations = await axeViolations(frame);
  expect(violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(', ')}`)).toEqual([]);
}

// axe-core rules by WCAG tag: https://github.com/dequelabs/axe-core/blob/develop/doc/rule-descriptions.md
describe('every surface has no WCAG 2.x A or AA violation (axe-core)', () => {
  it('issue panel, each tab an editor and a CSI admin open', async () => {
    const frame = await appFrame(await h.open('/jira/browse/CSI-1?as=u-csi-admin'));
    await frame.getByLabel(/CSI score .* out of 100/).waitFor();
    await expectAccessible(frame);
    for (const tab of ['Rate', 'Plan', 'Updates', 'Decisions', 'Criteria']) {
      const button = frame.getByRole('tab', { name: new RegExp(`^${tab}`) });
      if ((await button.count()) === 0) continue;
      await button.click();
      await frame.getByRole('tabpanel').first().waitFor();
      await expectAccessible(frame);
    }
  });

  it('programme page (CSI admin) after a preview', async () => {
    const frame = await appFrame(await h.open(`${globalPagePath()}?as=u-csi-admin`));
    await frame.getByRole('button', { name: 'Save configuration' }).waitFor();
    await expectAccessible(frame);
    await frame.getByRole('button', { name: 'Preview' }).click();
    await frame.getByRole('heading', { name: /how the top initiatives would move/ }).waitFor();
    await expectAccessible(frame);
  });

  it('the confirmation steps: Reject in the issue panel, no issue type on the programme page', async () => {
    const panel = await appFrame(await h.open('/jira/browse/CSI-10?as=u-csi-admin'));
    await panel.getByRole('tab', { name: /^Decisions/ }).click();
    await panel.getByRole('button', { name: 'Reject initiative' }).click();
    await panel.getByRole('button', { name: 'Reject for good' }).waitFor();
    await expectAccessible(panel);
    const form = await appFrame(await h.open(`${globalPagePath()}?as=u-csi-admin`));
    await form.getByRole('button', { name: 'Save configuration' }).waitFor();
    const types = form.getByRole('group', { name: /Issue types that take part/ }).getByRole('checkbox');
    // The issue types come in their own chunk after the form, and locator.all() does not wait for them.
    await types.first().waitFor();
    for (const box of await types.all()) if (await box.isChecked()) await box.uncheck({ force: true });
    await form.getByRole('button', { name: 'Save configuration' }).click();
    await form.getByRole('button', { name: 'Save and switch the programme off' }).waitFor();
    await expectAccessible(form);
  });

  it('programme page refusal (editor)', async () => {
    const frame = await appFrame(await h.open(`${globalPagePath()}?as=u-editor`));
    await frame.getByText('The CSI programme is for CSI admins').waitFor();
    await expectAccessible(frame);
  });

  it('admin page (site admin)', async () => {
    const frame = await appFrame(await h.open('/jira/admin?as=u-site-admin'));
    await frame.getByRole('list', { name: 'CSI admins' }).getByText('Chen Okafor').waitFor();
    await expectAccessible(frame);
  });

  it('project page: portfolio and decision log tabs', async () => {
    const frame = await appFrame(await h.open('/jira/projects/CSI?as=u-viewer'));
    await frame.getByRole('link', { name: 'CSI-1', exact: true }).waitFor();
    await expectAccessible(frame);
    await frame.getByRole('tab', { name: 'Decision log' }).click();
    await frame.getByText(/Verified through #\d+/).waitFor();
    await expectAccessible(frame);
  });

  it('Confluence: decision-log macro, its detail dialog, and the progress report', async () => {
    const page = await h.open('/confluence/pages/30001?as=u-viewer');
    const log = await appFrame(page, 0);
    await log.getByText(/Verified through #\d+/).waitFor();
    await expectAccessible(log);
    await log
      .getByRole('button', { name: /^Details of entry/ })
      .first()
      .click();
    await log.getByRole('dialog').waitFor();
    await expectAccessible(log);
    const report = await appFrame(page, 2);
    await report.getByText('Cut P1 incident resolution time with a swarming model').first().waitFor();
    await expectAccessible(report);
  });

  it('Confluence: the macro config views', async () => {
    const page = await h.open('/confluence/pages/30001?as=u-editor');
    await page.getByRole('button', { name: 'Edit macro' }).first().click();
    const config = await appFrame(page, 1);
    await config.getByRole('button', { name: /^Save/ }).waitFor();
    await expectAccessible(config);
    await page.keyboard.press('Escape');
  });
});
