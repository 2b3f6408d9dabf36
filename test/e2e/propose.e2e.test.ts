import { globalPagePath } from '../../local/app/global-page-path';
import { PROJECTS, USERS } from '../../local/product/demo-ids';
import { axeViolations, startHarness, type Harness } from './browser-harness';

/**
 * Issue 9, item 6, as a person does it: from an operations bug (not a CSI issue), the issue view's
 * "Propose an improvement" action opens the app's dialog; submitting creates a proposal in CSI,
 * and the source issue then lists the linked proposal.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  // Eli works in CSI and reads the operations team's issues.
  h.host.store.projects.grant(PROJECTS.ops.id, USERS.editor, ['BROWSE_PROJECTS']);
}, 180_000);
afterAll(async () => {
  await h.close();
});

describe('Propose an improvement', () => {
  it('creates a proposal linked to the non-CSI issue it was opened on', async () => {
    const page = await h.open(`/jira/browse/OPS-3?as=${USERS.editor}`);
    await page.getByRole('link', { name: 'Propose an improvement' }).click();
    const handle = page.locator('iframe[title="Propose an improvement"]');
    await handle.waitFor();
    const frame = (await (await handle.elementHandle())?.contentFrame())!;
    const summary = frame.getByLabel('Summary');
    await summary.waitFor();
    expect(await summary.inputValue()).toBe('Nightly backup job fails on file server FS02');
    expect(await axeViolations(frame)).toEqual([]);
    const before = h.host.store.issues.list().length;
    await frame.getByRole('button', { name: 'Create proposal' }).click();
    // Bad input first: the why is required, and nothing is created.
    await frame.getByText('Required', { exact: false }).first().waitFor();
    expect(h.host.store.issues.list().length).toBe(before);
    await summary.fill('Alert when the nightly backup fails');
    await frame.getByLabel('Why, and what to improve').fill('Three failed nights went unnoticed.');
    await frame.getByRole('button', { name: 'Create proposal' }).click();
    const created = frame.getByTestId('proposal-created');
    await created.waitFor();
    const key = /CSI-\d+/.exec((await created.textContent()) ?? '')?.[0];
    expect(key).toBeDefined();
    expect(await created.textContent()).toContain('linked it to OPS-3');
    await h.shot(page, 'propose-improvement');
    const source = await h.open(`/jira/browse/OPS-3?as=${USERS.editor}`);
    const links = source.getByTestId('linked-issues');
    await links.waitFor();
    expect(await links.textContent()).toContain(`relates to ${key!} Alert when the nightly backup fails`);
  }, 120_000);
});

describe('the JQL help on the programme page', () => {
  it('lists the exact value behind the "Quick win" label, for everyone who opens the page', async () => {
    const page = await h.open(`${globalPagePath()}?as=${USERS.viewer}`);
    const handle = page.locator('iframe.app-frame').first();
    await handle.waitFor();
    const frame = (await (await handle.elementHandle())?.contentFrame())!;
    const help = frame.getByTestId('jql-help');
    await help.waitFor();
    expect(await help.textContent()).toContain('quick-win (Quick win)');
    expect(await axeViolations(frame)).toEqual([]);
  }, 60_000);
});
