import { USERS } from '../../local/product/demo-ids';
import { getPilot } from '../../src/adapters/storage/pilot.repository';
import { appFrame, axeViolations, startHarness, type Harness } from './browser-harness';

/**
 * Issue 10 item 3 in the browser, as the service owner would do it: Chen Okafor owns VPN access,
 * which CSI-6 affects; Eli Marsh asked for 30 hours a week of Vera Lind (seeded). Chen opens the
 * Resources tab, sees Vera over-committed, confirms, and sees who confirmed it and for which service.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(async () => {
  await h.close();
});

const pilotOf = (key: string) =>
  h.host.runtime.run('test', 'read', undefined, undefined, () => getPilot(String(h.host.store.issues.find(key)!.id)));

describe('the Resources tab', () => {
  it('lets the service owner confirm a requested commitment', async () => {
    const page = await h.open(`/jira/browse/CSI-6?as=${USERS.csiAdmin}`);
    const frame = await appFrame(page);
    await frame.getByRole('tab', { name: /^Resources/ }).click();
    const table = frame.getByRole('table', { name: 'Commitments' });
    const row = table.getByRole('row', { name: /Vera Lind/ });
    await row.getByText('Requested').waitFor();
    await frame.getByText(/Vera Lind is committed 50 hours a week/).waitFor();
    await frame.getByRole('list', { name: 'Overlapping initiatives' }).getByText('CSI-1').waitFor();
    expect((await pilotOf('CSI-6'))?.commitments[0]?.confirmedBy).toBeUndefined();

    const confirm = row.getByRole('button', { name: 'Confirm 30 hours a week of Vera Lind' });
    await confirm.focus();
    await page.keyboard.press('Enter');
    await row.getByText('Confirmed', { exact: true }).waitFor();
    await row.getByText(/Chen Okafor \(VPN access\)/).waitFor();
    expect(await row.getByRole('button', { name: /^Confirm/ }).count()).toBe(0);
    expect((await pilotOf('CSI-6'))?.commitments[0]).toMatchObject({
      confirmedBy: USERS.csiAdmin,
      confirmedFor: 'vpn',
    });
    await h.shot(page, 'issue-panel-resources');
    const violations = await axeViolations(frame);
    expect(violations.map((v) => `${v.id}: ${v.help} at ${v.targets.join(', ')}`)).toEqual([]);
  }, 120_000);

  it('lets an editor request a commitment of a person found by name, refusing an end before the start in place', async () => {
    const page = await h.open(`/jira/browse/CSI-10?as=${USERS.editor}`);
    const frame = await appFrame(page);
    await frame.getByRole('tab', { name: /^Resources/ }).click();
    await frame.getByText('No commitments yet').waitFor();
    await frame.locator('#commitment-person').fill('Omar');
    await frame.locator('#commitment-person').press('Enter');
    await frame.getByRole('button', { name: 'Choose Omar Reyes' }).click();
    await frame.getByText('Person: Omar Reyes').waitFor();
    await frame.locator('#commitment-hours').fill('12');
    await frame.locator('#commitment-start').fill('2027-03-10');
    await frame.locator('#commitment-end').fill('2027-03-01');
    await frame.getByRole('button', { name: 'Request commitment' }).click();
    await frame.getByText('The period must end after it starts').waitFor();
    expect((await pilotOf('CSI-10'))?.commitments ?? []).toEqual([]);

    await frame.locator('#commitment-end').fill('2027-04-30');
    await frame.getByRole('button', { name: 'Request commitment' }).click();
    const row = frame.getByRole('table', { name: 'Commitments' }).getByRole('row', { name: /Omar Reyes/ });
    await row.getByText('Requested').waitFor();
    expect((await pilotOf('CSI-10'))?.commitments).toEqual([
      expect.objectContaining({ personId: USERS.outsider, hoursPerWeek: 12, start: '2027-03-10', end: '2027-04-30' }),
    ]);
  }, 120_000);

  it('shows the requester no Confirm button for their own request', async () => {
    const page = await h.open(`/jira/browse/CSI-1?as=${USERS.editor}`);
    const frame = await appFrame(page);
    await frame.getByRole('tab', { name: /^Resources/ }).click();
    const table = frame.getByRole('table', { name: 'Commitments' });
    await table
      .getByRole('row', { name: /Omar Reyes/ })
      .getByText('Expired')
      .waitFor();
    expect(await table.getByRole('button', { name: /^Confirm/ }).count()).toBe(0);
    await frame.getByText('Dependency review done').waitFor();
  }, 120_000);
});
