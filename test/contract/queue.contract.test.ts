import { __requestAtlassianAsApp } from '@forge/api';
import {
  InvocationError,
  InvocationErrorCode,
  InvocationLimitReachedError,
  PayloadTooBigError,
  Queue,
  RateLimitError,
  TooManyEventsError,
} from '@forge/events';
import { validatePushAPIResponse } from '@forge/events/out/validators';
import type { AppRunner } from '../../local/app/app-runner';
import { QueueService } from '../../local/app/queue-service';
import { redeliveries } from '../../local/app/redelivery';
import { ForgeRuntime } from '../../local/runtime/forge-runtime';
import { defaultKnobs } from '../../local/runtime/knobs';
import { createRandom } from '../../local/runtime/random';
import type { ServiceHandler } from '../../local/runtime/service';
import { Stats } from '../../local/runtime/stats';

/**
 * Contract tests: the async events platform as `@forge/events` sees it, per
 * https://developer.atlassian.com/platform/forge/limits-async-events/ and the snapshot pages
 * runtime-reference/async-events-api ("Push API", "Delivery guarantees", "Retries", "Retry request")
 * and runtime-reference/async-events-api-error-handling. The client checks the per-push limits
 * before it sends; the host must refuse them too (a request that bypasses the client is sent
 * through the same transport, `__requestAtlassianAsApp`, and its answer read by the client's own
 * response validator).
 */

const QUEUE = 'q';
const PUSH_PATH = '/webhook/queue/publish/{contextAri}/{environmentId}/{appId}/{appVersion}';
const fail: ServiceHandler = (req) => {
  throw new Error(`Unexpected platform call ${req.method} ${req.path}`);
};

type Handler = (event: { body: unknown; retryCount: number }) => unknown;

/** A queue platform whose one consumer runs `handler` as a counted invocation. */
function platform(handler: Handler, redeliveryRate = 0) {
  const clock = { now: Date.parse('2026-11-02T10:00:00.000Z') };
  const consumer = {
    hasQueue: (name: string) => name === QUEUE,
    deliver: (_name: string, event: { body: unknown; retryCount: number }) =>
      runtime.run('consumer-fn', 'consumer', undefined, 'consumer', () => Promise.resolve().then(() => handler(event))),
  } as unknown as AppRunner;
  const queue = new QueueService(() => consumer, createRandom(7), redeliveryRate, { now: () => clock.now });
  const runtime = new ForgeRuntime(
    { kvs: fail, jira: fail, confluence: fail, platform: queue.handle },
    new Stats(),
    defaultKnobs,
  );
  const asApp = <T>(fn: () => Promise<T>) => {
    runtime.install();
    return runtime.run('resolver-fn', 'push', undefined, 'resolver', fn);
  };
  /** Sends a push request as `Queue.push` would, without the client's own checks. */
  const rawPush = (payload: unknown[]) =>
    asApp(async () => {
      const request = {
        queueName: QUEUE,
        jobId: 'job-raw',
        type: 'avi:forge:app:event',
        payload,
        time: new Date().toISOString(),
      };
      const res = await __requestAtlassianAsApp(PUSH_PATH, { method: 'POST', body: JSON.stringify(request) });
      const error = await validatePushAPIResponse(request as never, res as never, { jobId: 'job-raw' }).then(
        () => undefined,
        (e: unknown) => e,
      );
      return { status: res.status, error };
    });
  return { queue, clock, asApp, rawPush };
}

const events = (n: number, extra: Record<string, unknown> = {}) =>
  Array.from({ length: n }, (_, i) => ({ body: { i }, ...extra }));

describe('push limits (limits-async-events)', () => {
  it('refuses more than 50 events in one push, in the client and on the platform', async () => {
    const p = platform(() => undefined);
    await expect(p.asApp(() => new Queue({ key: QUEUE }).push(events(51)))).rejects.toBeInstanceOf(TooManyEventsError);
    const raw = await p.rawPush(events(51));
    expect(raw.status).toBe(400);
    expect(String(raw.error)).toMatch(/more than the 50 events allowed/);
    expect((await p.rawPush(events(50))).status).toBe(201);
  });

  it('refuses a push whose combined payload exceeds 200 KB with 413, which the client reads as PayloadTooBigError', async () => {
    const p = platform(() => undefined);
    const big = events(2).map((e) => ({ body: { ...e.body, text: 'x'.repeat(101 * 1024) } }));
    const raw = await p.rawPush(big);
    expect(raw.status).toBe(413);
    expect(raw.error).toBeInstanceOf(PayloadTooBigError);
    expect((raw.error as Error).message).toBe('The maximum payload size is 200KB.');
  });

  it('refuses a delay above 900 seconds or below 0', async () => {
    const p = platform(() => undefined);
    expect((await p.rawPush(events(1, { delayInSeconds: 901 }))).status).toBe(400);
    expect((await p.rawPush(events(1, { delayInSeconds: -1 }))).status).toBe(400);
    expect((await p.rawPush(events(1, { delayInSeconds: 900 }))).status).toBe(201);
    expect(p.queue.delayed).toEqual({ events: 1, seconds: 900 });
  });

  it('refuses events beyond 500 a minute per installation with 429, which the client reads as RateLimitError', async () => {
    const p = platform(() => undefined);
    const push = () => p.asApp(() => new Queue({ key: QUEUE }).push(events(50)));
    for (let n = 0; n < 10; n++) await push();
    await expect(push()).rejects.toBeInstanceOf(RateLimitError);
    p.clock.now += 60_001;
    await expect(push()).resolves.toMatchObject({ jobId: expect.any(String) });
    await p.queue.idle();
  });
});

describe('the cyclic invocation limit: 1,000 pushes from one initial invocation', () => {
  it('refuses the 1,001st push of a chain with 405, which the client reads as InvocationLimitReachedError', async () => {
    let deliveries = 0;
    const errors: unknown[] = [];
    const p = platform(async (event) => {
      deliveries += event.retryCount === 0 ? 1 : 0;
      p.clock.now += 1000; // one hop a second: well under 500 events a minute
      try {
        await new Queue({ key: QUEUE }).push({ body: { hop: deliveries } });
      } catch (error) {
        errors.push(error);
      }
    });
    await p.asApp(() => new Queue({ key: QUEUE }).push({ body: { hop: 0 } }));
    await p.queue.idle();
    expect(deliveries).toBe(1000);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(InvocationLimitReachedError);
    // Another initial invocation starts a chain of its own.
    await expect(p.asApp(() => new Queue({ key: QUEUE }).push({ body: { hop: 0 } }))).resolves.toBeDefined();
  }, 60_000);
});

describe('delivery: at least once, in no guaranteed order', () => {
  it('delivers every event, a share twice and a share late, at the redelivery rate', async () => {
    const seen: number[] = [];
    const p = platform((event) => {
      seen.push((event.body as { i: number }).i);
    }, 0.3);
    const { jobId } = await p.asApp(() => new Queue({ key: QUEUE }).push(events(50)));
    await p.queue.idle();
    expect(new Set(seen)).toEqual(new Set(events(50).map((e) => e.body.i)));
    expect(seen.length).toBeGreaterThan(50);
    expect(seen).not.toEqual([...seen].sort((a, b) => a - b));
    const stats = await p.asApp(() => new Queue({ key: QUEUE }).getJob(jobId).getStats());
    expect(stats).toMatchObject({ success: 50, inProgress: 0, failed: 0 });
  });

  it('delivers each event once, in order, at rate 0', async () => {
    const seen: number[] = [];
    const p = platform((event) => {
      seen.push((event.body as { i: number }).i);
    });
    await p.asApp(() => new Queue({ key: QUEUE }).push(events(20)));
    await p.queue.idle();
    expect(seen).toEqual(events(20).map((e) => e.body.i));
  });

  it('retries an event whose consumer returns an InvocationError, after its retryAfter', async () => {
    const attempts: number[] = [];
    const p = platform((event) => {
      attempts.push(event.retryCount);
      if (event.retryCount === 0) {
        return new InvocationError({
          retryAfter: 120,
          retryReason: InvocationErrorCode.FUNCTION_UPSTREAM_RATE_LIMITED,
        });
      }
      return undefined;
    });
    await p.asApp(() => new Queue({ key: QUEUE }).push({ body: { x: 1 } }));
    await p.queue.idle();
    expect(attempts).toEqual([0, 1]);
    expect(p.queue.delayed).toEqual({ events: 1, seconds: 120 });
  });

  it('retries an event whose consumer throws, then counts it failed', async () => {
    let calls = 0;
    const p = platform(() => {
      calls += 1;
      throw new Error('consumer broke');
    });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { jobId } = await p.asApp(() => new Queue({ key: QUEUE }).push({ body: { x: 1 } }));
    await p.queue.idle();
    warn.mockRestore();
    expect(calls).toBe(4);
    expect(await p.asApp(() => new Queue({ key: QUEUE }).getJob(jobId).getStats())).toMatchObject({ failed: 1 });
  });
});

describe('redeliveries (the reusable at-least-once planner)', () => {
  it.each([0, 0.2, 0.7])('at rate %s delivers every event at least once and duplicates about that share', (rate) => {
    const random = createRandom(3);
    const plans = Array.from({ length: 2000 }, () => redeliveries(rate, random));
    expect(plans.every((p) => p.length >= 1)).toBe(true);
    const twice = plans.filter((p) => p.length === 2).length / plans.length;
    expect(Math.abs(twice - rate)).toBeLessThan(0.05);
  });
});
