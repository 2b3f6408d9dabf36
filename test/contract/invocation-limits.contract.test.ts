/**
 * Contract test: the local host enforces the Forge invocation limits (Forge docs,
 * mirror/limits-invocation/index.md; manifest-reference/modules/scheduled-trigger for
 * `timeoutSeconds`), observed through the official clients (`@forge/api` getAppContext, `@forge/kvs`).
 * The `timeScale` knob runs 1 platform second in 1 local ms; only the platform's numbers are asserted.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getAppContext } from '@forge/api';
import { kvs } from '@forge/kvs';
import { AppRunner, InvocationLimitError } from '../../local/app/app-runner';
import type { Frame } from '../../local/app/frames';
import { loadManifest } from '../../local/app/manifest';
import { createKvsService } from '../../local/kvs/kvs-service';
import { InvocationTimeoutError } from '../../local/runtime/deadline';
import { ForgeRuntime } from '../../local/runtime/forge-runtime';
import { defaultKnobs } from '../../local/runtime/knobs';
import type { ServiceHandler } from '../../local/runtime/service';
import { Stats } from '../../local/runtime/stats';

const MANIFEST = `
modules:
  jira:issuePanel:
    - { key: panel, resource: main, resolver: { function: resolver-fn }, title: Panel }
  trigger:
    - { key: on-created, function: trigger-fn, events: ['avi:jira:created:issue'] }
  consumer:
    - { key: default-consumer, queue: q-default, function: consumer-fn }
    - { key: long-consumer, queue: q-long, function: long-fn }
    - { key: capped-consumer, queue: q-capped, function: capped-fn }
  function:
    - { key: resolver-fn, handler: index.resolver }
    - { key: trigger-fn, handler: index.trigger }
    - { key: consumer-fn, handler: index.consumer }
    - { key: long-fn, handler: index.long, timeoutSeconds: 900 }
    - { key: capped-fn, handler: index.capped, timeoutSeconds: 5000 }
app:
  id: ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000000
`;

const fail: ServiceHandler = () => {
  throw new Error('not used by the invocation-limits contract test');
};

/** Remaining platform ms, as the app reads it. */
const remaining = () => Promise.resolve(getAppContext().invocationRemainingTimeInMillis());
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Handlers under the test's control; each test sets what the resolver does. */
const handlers = {
  resolver: (_req: unknown): Promise<unknown> => remaining(),
  trigger: () => remaining(),
  consumer: () => remaining(),
  long: () => remaining(),
  capped: () => remaining(),
};

const dir = mkdtempSync(join(tmpdir(), 'csi-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'manifest.yml'), MANIFEST);
const manifest = loadManifest(join(dir, 'manifest.yml'));
const kvsService = createKvsService(new Database(':memory:'), []);
const stats = new Stats();
const runtime = new ForgeRuntime({ kvs: kvsService, jira: fail, confluence: fail, platform: fail }, stats, {
  ...defaultKnobs,
  timeScale: 0.001,
});
runtime.install();
const runner = new AppRunner(manifest, handlers, runtime);
const frame: Frame = {
  token: 't',
  moduleKey: 'panel',
  accountId: 'u-editor',
  context: { accountId: 'u-editor', extension: { type: 'jira:issuePanel' } },
};
const deliver = (queue: string) => runner.deliver(queue, { body: {}, jobId: 'job', retryCount: 0 });
/** fireEvent does not pass back what the trigger returned; the trigger records it. */
let lastTrigger: unknown;
handlers.trigger = async () => (lastTrigger = await remaining());
beforeEach(() => {
  handlers.resolver = remaining;
});
const resolverRuns = () => stats.calls.filter((c) => c.functionKey === 'resolver-fn').length;

describe('front-end invocation payloads (limits-invocation: request 500 KB, response 5 MB)', () => {
  it('refuses an invoke payload over 500 KB before the resolver runs', async () => {
    const before = resolverRuns();
    const error = await runner.invokeResolver(frame, 'call', { text: 'x'.repeat(500 * 1024) }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvocationLimitError);
    expect((error as Error).message).toMatch(/invoke payload is \d+ bytes; .* at most 512000/);
    expect(resolverRuns()).toBe(before);
  });

  it('runs a resolver whose payload is just under 500 KB', async () => {
    handlers.resolver = () => Promise.resolve('ran');
    await expect(runner.invokeResolver(frame, 'call', { text: 'x'.repeat(500 * 1024 - 100) })).resolves.toBe('ran');
  });

  it('fails the call when the response is over 5 MB', async () => {
    handlers.resolver = () => Promise.resolve('x'.repeat(5 * 1024 * 1024));
    await expect(runner.invokeResolver(frame, 'call', {})).rejects.toThrow(/response is \d+ bytes; .* at most 5242880/);
    handlers.resolver = () => Promise.resolve('x'.repeat(5 * 1024 * 1024 - 10));
    await expect(runner.invokeResolver(frame, 'call', {})).resolves.toHaveLength(5 * 1024 * 1024 - 10);
  });
});

describe('runtime limits (limits-invocation: 25 s; consumers and scheduled triggers 55 s or timeoutSeconds up to 900)', () => {
  it.each([
    ['a resolver', () => runner.invokeResolver(frame, 'call', {}), 0, 25_000],
    ['a product trigger', () => runner.fireEvent('avi:jira:created:issue', {}).then(() => lastTrigger), 0, 25_000],
    ['a consumer without timeoutSeconds', () => deliver('q-default'), 25_000, 55_000],
    ['a consumer with timeoutSeconds: 900', () => deliver('q-long'), 55_000, 900_000],
    ['a consumer asking for more than 900 s', () => deliver('q-capped'), 55_000, 900_000],
  ])('reports the true remaining time to %s', async (_what, call, above, atMost) => {
    const left = Number(await call());
    expect(left).toBeGreaterThan(above);
    expect(left).toBeLessThanOrEqual(atMost);
  });

  it('stops a resolver at 25 s: the caller gets FUNCTION_TIME_OUT and the stopped function writes nothing', async () => {
    let finished!: (outcome: string) => void;
    const outcome = new Promise<string>((resolve) => (finished = resolve));
    handlers.resolver = async () => {
      await sleep(100); // 100 platform seconds
      await kvs.set('written-after-the-limit', true).then(
        () => finished('written'),
        (e: unknown) => finished((e as Error).name),
      );
      return 'late';
    };
    const error = await runner.invokeResolver(frame, 'call', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvocationTimeoutError);
    expect(error).toMatchObject({
      code: 'FUNCTION_TIME_OUT',
      message: "Function 'resolver-fn' timed out after 25 seconds",
    });
    expect(await outcome).toBe('InvocationTimeoutError');
    expect(await kvs.get('written-after-the-limit')).toBeUndefined();
  });
});
