import { appFrame, axeViolations, startHarness, type Harness } from './browser-harness';

/**
 * The project page's Pilots tab (issue 10 item 7) in the real UI: the demo's fired stop criterion
 * (the swarming pilot's "score below") is listed, the filters narrow the lists by keyboard, the
 * open checkpoints are drawn on the timeline, and the tab has no WCAG A or AA violation.
 */
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(async () => {
  await h.close();
});

it('a reader sees what needs attention and narrows it with the filters', async () => {
  const page = await h.open('/jira/projects/CSI?as=u-viewer');
  const app = await appFrame(page);
  await app.getByRole('tab', { name: 'Pilots' }).click();
  const fired = app
    .getByRole('region', { name: 'Stop criteria that fired' })
    .or(app.locator('section', { hasText: 'Stop criteria that fired' }));
  await fired.first().waitFor();
  await app
    .getByText(/is below \d+: decide whether to pause it/)
    .first()
    .waitFor();
  await app.getByRole('img', { name: /open checkpoints over the next 28 days/ }).waitFor();
  const only = app.getByRole('button', { name: /^Stop criteria fired \(\d+\)$/ });
  await only.focus();
  await page.keyboard.press('Enter');
  await expect(only.getAttribute('aria-pressed')).resolves.toBe('true');
  await expect(app.getByText('Open checkpoints', { exact: true }).count()).resolves.toBe(0);
  await app
    .getByText(/is below \d+: decide whether to pause it/)
    .first()
    .waitFor();
  expect(await axeViolations(app)).toEqual([]);
  await h.shot(page, 'project-pilots');
});
