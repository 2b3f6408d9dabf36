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
});
