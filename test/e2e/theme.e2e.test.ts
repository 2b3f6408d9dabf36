import type { Frame } from 'playwright-core';
import { appFrame, startHarness, type Harness } from './browser-harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 180_000);
afterAll(async () => {
  await h.close();
});

/** What the frame's tokens resolve to, and which token sheets the app itself added. */
const probe = (frame: Frame) =>
  frame.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    return {
      text: root.getPropertyValue('--ds-text').trim(),
      space: root.getPropertyValue('--ds-space-100').trim(),
      font: root.getPropertyValue('--ds-font-body').trim().split(' ')[1],
      motion: root.getPropertyValue('--ds-duration-medium').trim(),
      appSheets: [...document.querySelectorAll('style[data-theme]')].map((s) => s.getAttribute('data-theme')).sort(),
      theme: document.documentElement.getAttribute('data-theme'),
    };
  });

/**
 * The bundle budget (test/platform/bundle-budget.test.ts) leaves the colour theme out because the host
 * applies it after `view.theme.enable()` (Forge docs, design-tokens-and-theming); these hold the app to
 * that: it adds no colour sheet where the host applied one, and its own where no host sheet is there.
 */
describe('design tokens in an app frame', () => {
  it.each([
    ['light', '#292A2E'],
    ['dark', '#CECFD2'],
  ])('%s mode: colours from the host, shape, spacing, typography and motion from the app', async (mode, text) => {
    const page = await h.open(`/jira/browse/CSI-1?as=u-editor&theme=${mode}`);
    const frame = await appFrame(page);
    await frame.getByRole('tab', { name: /^Score/ }).waitFor();
    await frame.waitForFunction(() => document.querySelector('style[data-theme="motion"]'));
    expect(await probe(frame)).toEqual({
      text,
      space: '0.5rem',
      font: '400',
      motion: '200ms',
      appSheets: ['motion'],
      theme: 'dark:dark light:light',
    });
    await page.close();
  });

  it('loads its own colour sheet for a mode the page has no sheet for', async () => {
    const page = await h.open('/jira/browse/CSI-1?as=u-editor&theme=light');
    const frame = await appFrame(page);
    await frame.getByRole('tab', { name: /^Score/ }).waitFor();
    await frame.evaluate(() => {
      document.getElementById('forge-local-theme')?.remove();
      document.documentElement.setAttribute('data-color-mode', 'dark');
    });
    await frame.waitForFunction(() => document.querySelector('style[data-theme="dark"]'));
    const after = await probe(frame);
    expect(after.text).toBe('#CECFD2');
    expect(after.appSheets).toEqual(['dark', 'motion']);
    expect(await frame.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(206, 207, 210)');
    await page.close();
  });
});
