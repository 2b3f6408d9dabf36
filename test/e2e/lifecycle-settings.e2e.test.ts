import { globalPagePath } from '../../local/app/global-page-path';
import { USERS } from '../../local/product/demo-ids';
import { loadServices } from '../../src/adapters/storage/lifecycle-services.repository';
import { loadWorkflowMap } from '../../src/adapters/storage/workflow-map.repository';
import { appFrame, axeViolations, startHarness, type Harness } from './browser-harness';

/**
 * Issue 10, the CSI admins' side, as a CSI admin would do it on the programme page: add a service
 * with an owner found by name, and map a lifecycle stage onto a Jira status (a status already
 * standing for another stage is refused in place first).
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(async () => {
  await h.close();
});

const read = <T>(fn: () => Promise<T>) => h.host.runtime.run('test', 'read', undefined, undefined, fn);

describe('the programme page Lifecycle section', () => {
  it('adds a service with an owner and maps a stage to a status', async () => {
    const page = await h.open(`${globalPagePath()}?as=${USERS.csiAdmin}`);
    const frame = await appFrame(page);
    await frame.getByRole('heading', { name: 'Lifecycle' }).waitFor();
    // Closed at first: opening the programme page reads nothing more than the scoring configuration.
    await frame.getByRole('button', { name: 'Show the lifecycle settings' }).click();
    const services = frame.getByRole('table', { name: 'Services' });
    await services.getByRole('cell', { name: 'VPN access', exact: true }).waitFor();

    await frame.locator('#new-service-key').fill('email');
    await frame.locator('#new-service-name').fill('Email');
    await frame.locator('#new-service-owner').fill('Vera');
    await frame.locator('#new-service-owner').press('Enter');
    await frame.getByRole('button', { name: 'Choose Vera Lind as owner' }).click();
    await frame.getByText('Owner: Vera Lind').waitFor();
    await frame.getByRole('button', { name: 'Add service' }).click();
    await services.getByRole('cell', { name: 'Email', exact: true }).waitFor();
    const added = (await read(loadServices)).services.find((s) => s.key === 'email');
    expect(added).toMatchObject({ name: 'Email', ownerAccountId: USERS.viewer, retired: false });

    await frame.locator('#stage-closed').selectOption({ label: 'Done' });
    await frame.getByRole('button', { name: 'Save mapping' }).click();
    await frame.getByText(/"Done" is already mapped to the stage done/).waitFor();
    expect((await read(loadWorkflowMap)).version).toBe(1);

    await frame.locator('#stage-done').selectOption({ label: 'No status' });
    await frame.getByRole('button', { name: 'Save mapping' }).click();
    await frame.getByText(/^Mapping version 2, saved by Chen Okafor/).waitFor();
    const map = await read(loadWorkflowMap);
    expect(map.stages.find((s) => s.status === 'Done')).toEqual({ stage: 'closed', status: 'Done' });
    await h.shot(page, 'programme-lifecycle');
    const violations = await axeViolations(frame);
    expect(violations.map((v) => `${v.id}: ${v.help} at ${v.targets.join(', ')}`)).toEqual([]);
  }, 120_000);
});
