import { USERS } from '../../local/product/demo-ids';
import { getInitiative } from '../../src/adapters/storage/initiative.repository';
import { appFrame, axeViolations, startHarness, type Harness } from './browser-harness';

/**
 * Issue 10 item 2, as a CAB member does it: on the seeded pilot (CSI-1, local/seed/demo-checkpoints.ts)
 * the Pilot tab shows the checkpoints with their criteria, the recommendation and why; the CSI admin
 * records the recommended no-go on the open "Week 10 review" with a rationale, and the rollback issue
 * appears, linked, assigned to the initiative's owner.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(async () => {
  await h.close();
});

describe('the Pilot tab', () => {
  it('a CAB member records a no-go on the seeded pilot and sees its rollback issue appear', async () => {
    const page = await h.open(`/jira/browse/CSI-1?as=${USERS.csiAdmin}`);
    const panel = await appFrame(page);
    await panel.getByRole('tab', { name: 'Pilot' }).click();
    const week10 = panel.getByRole('article', { name: 'Week 10 review' });
    await week10.waitFor();
    // The seeded states: a go, a hold, and the open checkpoint with its recommendation and why.
    await panel.getByRole('article', { name: 'Week 2 review' }).getByText('Go', { exact: true }).first().waitFor();
    await panel.getByRole('article', { name: 'Week 6 review' }).getByText('Hold', { exact: true }).first().waitFor();
    const why = week10.getByLabel('Recommendation');
    expect(await why.textContent()).toContain('No-go');
    expect(await why.textContent()).toContain('decided by “Mean time to resolve P1 incidents (h)”');
    expect(await axeViolations(panel)).toEqual([]);

    await week10.getByRole('button', { name: 'Decide' }).click();
    const verdict = week10.getByLabel(/^Verdict/);
    expect(await verdict.locator('option:checked').textContent()).toBe('No-go');
    // Bad input first: without a rationale nothing is recorded.
    await week10.getByRole('button', { name: 'Record no-go' }).click();
    await week10
      .getByText(/Required/)
      .first()
      .waitFor();
    expect(h.host.store.issues.list().filter((i) => i.summary.startsWith('Roll back CSI-1:'))).toHaveLength(0);

    await week10.getByLabel(/^Rationale/).fill('MTTR fell 10 %, well short of the 25 % agreed; roll back.');
    await week10.getByRole('button', { name: 'Record no-go' }).click();
    const rollback = week10.getByTestId('rollback-issue');
    await rollback.waitFor();
    const key = /CSI-\d+/.exec((await rollback.textContent()) ?? '')?.[0];
    expect(key).toBeDefined();
    await h.shot(page, 'pilot-no-go-rollback');

    const created = h.host.store.issues.find(key!);
    expect(created?.summary).toBe('Roll back CSI-1: Week 10 review was a no-go');
    const record = await h.host.runtime.run('test', 'read', undefined, undefined, () =>
      getInitiative(String(h.host.store.issues.find('CSI-1')!.id)),
    );
    expect(created?.assigneeId).toBe(record?.owner?.accountId);
    expect(record?.lifecycle?.latestVerdict).toBe('no-go');

    const issuePage = await h.open(`/jira/browse/CSI-1?as=${USERS.csiAdmin}`);
    const links = issuePage.getByTestId('linked-issues');
    await links.waitFor();
    expect(await links.textContent()).toContain(key!);
  }, 120_000);

  it('an editor adds a checkpoint: refused without a rollback procedure, then listed with its recommendation', async () => {
    const page = await h.open(`/jira/browse/CSI-1?as=${USERS.editor}`);
    const panel = await appFrame(page);
    await panel.getByRole('tab', { name: 'Pilot' }).click();
    await panel.getByRole('button', { name: 'Add a checkpoint' }).click();
    await panel.getByLabel(/^Name/).fill('Week 14 review');
    await panel.getByLabel(/^Due date/).fill('2026-12-15');
    await panel.getByLabel(/^KPI/).fill('Reopened P1 incidents');
    await panel.getByLabel(/^Baseline/).fill('12');
    await panel.getByLabel(/^Required change/).fill('25');
    await panel.getByRole('button', { name: 'Add checkpoint' }).click();
    const rollbackField = panel.getByLabel(/^Rollback procedure/);
    await panel.locator('#new-checkpoint-rollback-error').waitFor();
    expect(await rollbackField.getAttribute('aria-invalid')).toBe('true');
    expect(await panel.getByRole('article', { name: 'Week 14 review' }).count()).toBe(0);
    expect(await axeViolations(panel)).toEqual([]);

    await rollbackField.fill('Switch P1 routing back to tiered escalation');
    await panel.getByRole('button', { name: 'Add checkpoint' }).click();
    const added = panel.getByRole('article', { name: 'Week 14 review' });
    await added.waitFor();
    expect(await added.getByLabel('Recommendation').textContent()).toContain('Hold');
    expect(await added.getByRole('button', { name: 'Decide' }).count()).toBe(0);
    await added.getByRole('button', { name: 'Record results' }).waitFor();
  }, 120_000);
});
