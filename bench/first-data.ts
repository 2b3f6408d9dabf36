import { rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { globalPagePath } from '../local/app/global-page-path';
import { LocalHost } from '../local/host';
import { seedDemo } from '../local/seed/seed-demo';
import { buildFloor } from './floor/build-floor';
import { table } from './measure';

const RUNS = Number(process.env.FIRST_DATA_RUNS ?? 5);
const RATES = [1, 4] as const;

/** Where each surface opens in the workbench and the DOM marker its first resolver answer puts in its frame(s). */
interface Target {
  name: string;
  path: string;
  /** One CSS selector or visible text per app frame that must show its first data. */
  markers: Array<{ selector?: string; text?: string }>;
}

export const TARGETS: Target[] = [
  {
    name: 'Issue panel',
    path: '/jira/browse/CSI-1?as=u-editor',
    markers: [{ selector: '[aria-label*="out of 100"]' }],
  },
  { name: 'Admin page', path: '/jira/admin?as=u-site-admin', markers: [{ text: 'Chen Okafor' }] },
  { name: 'Project page', path: '/jira/projects/CSI?as=u-viewer', markers: [{ text: 'Cut P1 incident resolution' }] },
  { name: 'Programme page', path: `${globalPagePath()}?as=u-csi-admin`, markers: [{ text: 'Business impact' }] },
  {
    name: 'Confluence page (both macros)',
    path: '/confluence/pages/30001?as=u-viewer',
    markers: [{ text: 'Verified through #' }, { text: 'Cut P1 incident resolution' }],
  },
];
const FLOOR: Target = {
  name: 'Floor panel',
  path: '/jira/browse/CSI-1?as=u-editor',
  markers: [{ selector: '[data-first-data]' }],
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Ms from the top page's navigation start until every marker shows (in frame time, so no polling lag). */
async function firstData(page: Page, target: Target): Promise<number> {
  const frames = page.locator('iframe.app-frame');
  await frames.nth(target.markers.length - 1).waitFor({ state: 'attached' });
  const handles = await frames.elementHandles();
  const appFrames = (await Promise.all(handles.map((h) => h.contentFrame()))).filter((f) => f !== null);
  // Each marker may show in any of the page's app frames (the macros' order on the page is not fixed).
  const times = await Promise.all(
    target.markers.map((marker) =>
      Promise.any(
        appFrames.map(async (frame) => {
          const found = await frame.waitForFunction(
            (m) => {
              const doc = (
                globalThis as unknown as {
                  document: { querySelector(s: string): unknown; body?: { innerText: string } };
                }
              ).document;
              const hit = m.selector
                ? doc.querySelector(m.selector) !== null
                : (doc.body?.innerText ?? '').includes(m.text ?? '');
              return hit ? performance.timeOrigin + performance.now() : false;
            },
            marker,
            { timeout: 60_000 },
          );
          return (await found.jsonValue()) as number;
        }),
      ),
    ),
  );
  const origin = await page.evaluate(() => performance.timeOrigin);
  return Math.max(...times) - origin;
}

/** One cold load: fresh context (empty cache), CPU throttled through CDP, requests counted. */
async function oneRun(browser: Browser, base: string, target: Target, rate: number) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    let requests = 0;
    page.on('request', () => (requests += 1));
    await page.goto(base + target.path, { waitUntil: 'commit' });
    const ms = await firstData(page, target).catch((error: unknown) => {
      throw new Error(`${target.name} at ${rate}x CPU: ${String(error)}`);
    });
    if (process.env.FIRST_DATA_TRACE) console.log(target.name, rate, ms.toFixed(0), requests);
    return { ms, requests };
  } finally {
    await context.close();
  }
}

async function measure(browser: Browser, base: string, target: Target) {
  const out: Record<number, { ms: number; requests: number }> = {};
  for (const rate of RATES) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) runs.push(await oneRun(browser, base, target, rate));
    out[rate] = { ms: median(runs.map((r) => r.ms)), requests: median(runs.map((r) => r.requests)) };
  }
  return out;
}

/**
 * Real-browser first data per surface (Debian's Chromium, headless), at 1x and 4x CPU
 * (Emulation.setCPUThrottlingRate), median of 5 cold loads each, as a ratio to the bare floor panel.
 */
export async function firstDataBench(): Promise<void> {
  const floorDir = buildFloor();
  const host = new LocalHost({ dbFile: ':memory:' });
  await seedDemo(host);
  const server: Server = await host.listen(0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const appDir = host.staticDir;
    Object.defineProperty(host, 'staticDir', { value: floorDir });
    await oneRun(browser, base, FLOOR, 1); // warm-up, discarded: the host's first compression and Chromium's start
    const floor = await measure(browser, base, FLOOR);
    Object.defineProperty(host, 'staticDir', { value: appDir });
    const rows: Array<Array<string | number>> = [['Floor panel', ...cells(floor, floor)]];
    for (const target of TARGETS) rows.push([target.name, ...cells(await measure(browser, base, target), floor)]);
    table(
      `First data in Chromium (median of ${RUNS} cold loads; ratio = surface / floor panel)`,
      ['surface', 'ms 1x', 'ratio 1x', 'ms 4x CPU', 'ratio 4x', 'requests (page + frames)'],
      rows,
    );
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    host.close();
    rmSync(floorDir, { recursive: true, force: true });
  }
}

type Measured = Record<number, { ms: number; requests: number }>;
const cells = (m: Measured, floor: Measured) => [
  m[1]!.ms.toFixed(0),
  (m[1]!.ms / floor[1]!.ms).toFixed(2),
  m[4]!.ms.toFixed(0),
  (m[4]!.ms / floor[4]!.ms).toFixed(2),
  m[1]!.requests,
];

if (require.main === module) void firstDataBench();
