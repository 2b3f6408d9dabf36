import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { ROOT, type LocalHost } from '../../local/host';
import { seededHost } from '../support/seeded-host';

export const ARTIFACTS = join(ROOT, 'artifacts', 'screenshots');

/** Chromium as the probe and CI run it: Debian's build, headless, no background networking. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export interface Harness {
  host: LocalHost;
  baseUrl: string;
  context: BrowserContext;
  open(path: string): Promise<Page>;
  shot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

/** A seeded local host on a free port and a fresh Chromium profile. */
export async function startHarness(): Promise<Harness> {
  const host = await seededHost();
  const server: Server = await host.listen(0);
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), 'csi-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 1000 },
    acceptDownloads: true,
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  const errors: string[] = [];
  return {
    host,
    baseUrl,
    context,
    async open(path) {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(baseUrl + path);
      return page;
    },
    async shot(page, name) {
      await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
    },
    async close() {
      await context.close();
      await new Promise((resolve) => server.close(resolve));
      host.close();
      rmSync(profile, { recursive: true, force: true });
      if (errors.length > 0) throw new Error(`Uncaught errors in the pages: ${errors.join('; ')}`);
    },
  };
}

/** The app frame on a workbench page whose URL has this frame token's module (first match). */
export async function appFrame(page: Page, index = 0): Promise<Frame> {
  const handle = page.locator('iframe.app-frame').nth(index);
  await handle.waitFor();
  const frame = await (await handle.elementHandle())?.contentFrame();
  if (!frame) throw new Error('The app frame did not load');
  return frame;
}

/**
 * The frame of the macro whose main region is named `name` on a Confluence page of the workbench
 * (the page holds several macros, each in its own frame, rendered in no fixed order).
 */
export async function macroFrame(page: Page, name: string, tries = 150): Promise<Frame> {
  await page.locator('iframe.app-frame').first().waitFor();
  for (let n = 0; n < tries; n += 1) {
    for (const f of page.frames())
      if (
        (await f
          .getByRole('main', { name })
          .count()
          .catch(() => 0)) > 0
      )
        return f;
    await page.waitForTimeout(200);
  }
  throw new Error(`The macro "${name}" did not render`);
}

/** One axe-core finding, reduced to what a failing test needs to point at the element. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core inside one app frame and returns its WCAG 2.x A and AA violations
 * (tags wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa: https://github.com/dequelabs/axe-core/blob/develop/doc/API.md#axe-core-tags).
 */
export async function axeViolations(frame: Frame): Promise<AxeViolation[]> {
  if (!(await frame.evaluate(() => 'axe' in globalThis))) await frame.evaluate(AXE_SOURCE);
  // Colours are judged once transitions end (a dialog fading in is not yet its final contrast).
  await frame.evaluate(async () => {
    const doc = (globalThis as unknown as { document: { getAnimations(): Array<{ finished: Promise<unknown> }> } })
      .document;
    await Promise.all(doc.getAnimations().map((a) => a.finished.catch(() => undefined)));
  });
  return frame.evaluate(async () => {
    type AxeNode = { target: string[]; html: string };
    type AxeResult = { id: string; impact: string | null; help: string; nodes: AxeNode[] };
    const axe = (
      globalThis as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeResult[] }> } }
    ).axe;
    const { violations } = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`),
    }));
  });
}
