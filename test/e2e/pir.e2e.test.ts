import { USERS } from '../../local/product/demo-ids';
import { getPir } from '../../src/adapters/storage/pir.repository';
import { appFrame, axeViolations, startHarness, type Harness } from './browser-harness';

/**
 * Issue 11 item 4 in the browser, as the people involved do it on the demo's reviews
 * (local/seed/demo-pir.ts): the CSI admin sees CSI-2's overdue PIR and fills the section that is
 * theirs (a wrong number is refused in place first); CSI-7's owner completes the review, confirming
 * it, and the panel shows it completed with its outcome and the initiative archived.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(async () => {
  await h.close();
});

const pirOf = (key: string) =>
  h.host.runtime.run('test', 'read', undefined, undefined, () => getPir(String(h.host.store.issues.find(key)!.id)));

describe('the PIR tab', () => {
  it('shows an overdue review and lets the section owner fill it, refusing bad numbers in place', async () => {
    const page = await h.open(`/jira/browse/CSI-2?as=${USERS.csiAdmin}`);
    const panel = await appFrame(page);
    await panel.getByRole('tab', { name: 'PIR' }).click();
    await panel.getByText('Overdue', { exact: true }).waitFor();
    await panel.getByText(/Required by the rule “Every initiative”/).waitFor();
    expect(await axeViolations(panel)).toEqual([]);

    const kpi = panel.getByRole('group', { name: 'KPI before and after' });
    await kpi.getByRole('button', { name: /Edit|Fill in/ }).click();
    await kpi.getByLabel('After').fill('lots');
    await kpi.getByRole('button', { name: /^Save/ }).click();
    await kpi
      .getByText(/Must be|Enter a number|from -1000000000/)
      .first()
      .waitFor();
    const before = await pirOf('CSI-2');
    await kpi.getByLabel('After').fill('17');
    await kpi.getByRole('button', { name: /^Save/ }).click();
    await kpi.getByText('17', { exact: true }).waitFor();
    const after = await pirOf('CSI-2');
    expect(before?.revision).toBe((after?.revision ?? 0) - 1);
    expect(after?.values.kpi).toMatchObject({ kind: 'kpi', after: 17 });
    expect(after?.filledBy.kpi?.by.accountId).toBe(USERS.csiAdmin);
    await h.shot(page, 'pir-overdue-filled');
  });

  it('the initiative owner completes a review after confirming it, and it shows completed', async () => {
    const page = await h.open(`/jira/browse/CSI-7?as=${USERS.editor}`);
    const panel = await appFrame(page);
    await panel.getByRole('tab', { name: 'PIR' }).click();
    await panel.getByRole('button', { name: 'Complete the PIR' }).click();
    const confirm = panel.getByRole('group', { name: 'Confirm' });
    await confirm.waitFor();
    expect((await pirOf('CSI-7'))?.state).toBe('open');
    await confirm.getByRole('button', { name: 'Complete the PIR' }).click();
    await panel.getByText('Completed', { exact: true }).waitFor();
    await panel.getByText(/Outcome: Partly met, completed by/).waitFor();
    expect((await pirOf('CSI-7'))?.state).toBe('completed');
    expect(await axeViolations(panel)).toEqual([]);
    await h.shot(page, 'pir-completed');
  });

  it('shows each action as its Jira issue with its live status, and the benefit checks with the review issue', async () => {
    const page = await h.open(`/jira/browse/CSI-11?as=${USERS.csiAdmin}`);
    const panel = await appFrame(page);
    await panel.getByRole('tab', { name: 'PIR' }).click();
    const actions = panel.getByRole('group', { name: 'Actions' });
    for (const [title, status] of [
      ['Automate the search index refresh', 'Open'],
      ['Schedule a yearly review per article', 'Done'],
      ['Ask readers to rate every article', "Won't do"],
    ] as const) {
      const row = actions.getByRole('listitem').filter({ hasText: title });
      await row.getByRole('link', { name: /^CSI-\d+$/ }).waitFor();
      await row.getByText(status, { exact: true }).waitFor();
    }
    const checks = panel.getByRole('group', { name: 'Benefit checks' });
    await checks.getByText('Partly kept', { exact: true }).first().waitFor();
    await checks.getByText('Lost', { exact: true }).first().waitFor();
    expect(await axeViolations(panel)).toEqual([]);
    await h.shot(page, 'pir-actions-benefit-checks');
  });

  it('an action added in the form becomes a linked Jira issue, assigned to its owner', async () => {
    const page = await h.open(`/jira/browse/CSI-2?as=${USERS.csiAdmin}`);
    const panel = await appFrame(page);
    await panel.getByRole('tab', { name: 'PIR' }).click();
    const group = panel.getByRole('group', { name: 'Actions' });
    await group.getByRole('button', { name: /Edit|Fill in/ }).click();
    await group.getByRole('button', { name: 'Add an action' }).click();
    await group
      .getByRole('textbox', { name: /^Action/ })
      .last()
      .fill('Page the on-call roster from the bridge');
    await group.getByLabel('Owner (Atlassian account id)').fill(USERS.editor);
    await group.getByLabel('Due date (YYYY-MM-DD)').fill('2027-01-15');
    await group.getByRole('button', { name: /^Save/ }).click();
    const row = group.getByRole('listitem').filter({ hasText: 'Page the on-call roster from the bridge' });
    const link = row.getByRole('link', { name: /^CSI-\d+$/ });
    await link.waitFor();
    const issue = h.host.store.issues.find(await link.innerText());
    expect(issue).toMatchObject({ summary: 'Page the on-call roster from the bridge', assigneeId: USERS.editor });
    await h.shot(page, 'pir-action-linked');
  });
});

describe('the lessons learned library', () => {
  it('the Confluence macro lists the lessons and filters them by service', async () => {
    const page = await h.open('/confluence/pages/30001?as=u-viewer');
    // The lessons macro's frame: the one whose main region is the library (seed-confluence.ts places it last).
    await page.locator('iframe.app-frame').first().waitFor();
    const macro = await (async () => {
      for (let tries = 0; tries < 100; tries += 1) {
        for (const f of page.frames())
          if (
            (await f
              .getByRole('main', { name: 'CSI lessons learned' })
              .count()
              .catch(() => 0)) > 0
          )
            return f;
        await page.waitForTimeout(200);
      }
      throw new Error('The lessons macro did not render');
    })();
    await macro.getByText('Refresh the search index on the day content is retired.').waitFor();
    await macro.getByText(/^3 lessons$/).waitFor();
    await macro.getByLabel('Service').selectOption({ label: 'Payroll' });
    await macro.getByText(/^1 lesson$/).waitFor();
    await macro.getByText(/Start from the contract/).waitFor();
    expect(await axeViolations(macro)).toEqual([]);
    await h.shot(page, 'lessons-macro');
  });
});
