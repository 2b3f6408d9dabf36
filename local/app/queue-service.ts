import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ServiceHandler } from '../runtime/service';
import { json } from '../runtime/service';
import type { AppRunner } from './app-runner';
import { checkPush, pushSchema, QUEUE_LIMITS } from './queue-limits';
import { redeliveries } from './redelivery';

const MAX_ATTEMPTS = 4;

interface JobStats {
  success: number;
  inProgress: number;
  failed: number;
}

/** The chain a delivery belongs to: every push made while handling it counts against the chain. */
interface Chain {
  id: string;
}

export interface QueueServiceOptions {
  /** The clock for the per-minute push limit; defaults to the wall clock. */
  now?: () => number;
}

/**
 * The Forge async events platform for `@forge/events`: accepts pushes (201) within the documented
 * limits (`queue-limits.ts`: 50 events and 200 KB per push, delay 0 to 900 s, 500 events a minute,
 * 1,000 pushes in one cyclic chain), delivers each event to the queue's consumer at least once
 * (retrying when the consumer throws, times out or returns an `InvocationError`), and answers job
 * stats. `redeliveryRate` (knob `LOCAL_REDELIVERY_RATE`) delivers a share of events twice and
 * another share late, out of order. Delays the app asks for are recorded (`delayed`) but not waited
 * out: a local run compresses time.
 */
export class QueueService {
  private readonly jobs = new Map<string, JobStats>();
  /** Events pushed with a delay (the app pacing itself, or asking for a retry), and the seconds asked for. */
  readonly delayed = { events: 0, seconds: 0 };
  private readonly chains = new AsyncLocalStorage<Chain>();
  private readonly chainPushes = new Map<string, number>();
  private recentPushes: Array<{ at: number; events: number }> = [];
  private pending = 0;
  private waiters: Array<() => void> = [];
  private stopped = false;
  private readonly now: () => number;

  constructor(
    private readonly runner: () => AppRunner,
    private readonly random: () => number,
    private readonly redeliveryRate = 0,
    options: QueueServiceOptions = {},
  ) {
    this.now = options.now ?? Date.now;
  }

  readonly handle: ServiceHandler = (req) => {
    if (req.actingAccountId !== undefined) return json(403, { message: 'Queues are used as the app' });
    if (req.path.startsWith('/webhook/queue/stats/')) return this.stats(req.body);
    const parsed = pushSchema.safeParse(safeJson(req.body));
    if (!req.path.startsWith('/webhook/queue/publish/') || !parsed.success) {
      return json(400, { message: `Unsupported queue request ${req.method} ${req.path}` });
    }
    const { queueName, jobId, payload } = parsed.data;
    const events = checkPush(queueName, payload);
    if (!Array.isArray(events)) return events;
    if (!this.runner().hasQueue(queueName)) return json(404, { message: `No consumer for queue ${queueName}` });
    const chain = this.chains.getStore() ?? { id: randomUUID() };
    const pushes = this.chainPushes.get(chain.id) ?? 0;
    // InvocationLimitReachedError: "an event pushed another event into the queue more than 1000 times".
    if (pushes >= QUEUE_LIMITS.cyclicPushes)
      return json(405, { message: 'The limit on cyclic invocation has been reached.' });
    // RateLimitError: "The total number of events pushed per minute exceeds the defined limits."
    if (this.eventsInLastMinute() + events.length > QUEUE_LIMITS.eventsPerMinute)
      return json(429, { message: 'Too many requests.' });
    this.chainPushes.set(chain.id, pushes + 1);
    this.recentPushes.push({ at: this.now(), events: events.length });
    this.jobs.set(jobId, { success: 0, inProgress: events.length, failed: 0 });
    for (const event of events) {
      if (event.delayInSeconds) this.recordDelay(event.delayInSeconds);
      redeliveries(this.redeliveryRate, this.random).forEach((ms, copy) =>
        this.schedule({ queueName, jobId, body: event.body, chain, counted: copy === 0 }, 0, ms),
      );
    }
    return json(201, { jobId });
  };

  /** Resolves when no delivery is pending (tests and benchmarks wait for the queue to drain). */
  idle(): Promise<void> {
    return this.pending === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  private eventsInLastMinute(): number {
    const since = this.now() - 60_000;
    this.recentPushes = this.recentPushes.filter((p) => p.at > since);
    return this.recentPushes.reduce((n, p) => n + p.events, 0);
  }

  private recordDelay(seconds: number): void {
    this.delayed.events += 1;
    this.delayed.seconds += seconds;
  }

  /** The site is gone (its host closed): nothing more is delivered, and waiters are released. */
  stop(): void {
    this.stopped = true;
    this.pending = 0;
    this.waiters.splice(0).forEach((resolve) => resolve());
  }

  private schedule(delivery: Delivery, attempt: number, ms: number): void {
    if (this.stopped) return;
    this.pending += 1;
    setTimeout(() => void this.deliver(delivery, attempt), ms);
  }

  private async deliver(delivery: Delivery, attempt: number): Promise<void> {
    if (this.stopped) return;
    const stats = this.jobs.get(delivery.jobId);
    const settle = (outcome: 'success' | 'failed') => {
      if (stats && delivery.counted)
        Object.assign(stats, { [outcome]: stats[outcome] + 1, inProgress: stats.inProgress - 1 });
    };
    try {
      const result = await this.chains.run(delivery.chain, () =>
        this.runner().deliver(delivery.queueName, { body: delivery.body, jobId: delivery.jobId, retryCount: attempt }),
      );
      const retryAfter = retryRequested(result);
      if (retryAfter === undefined) settle('success');
      else {
        // The consumer returned an InvocationError: retry after `retryAfter` (at most 900 s).
        this.recordDelay(Math.min(QUEUE_LIMITS.maxDelaySeconds, retryAfter));
        this.retry(delivery, attempt, settle);
      }
    } catch (cause) {
      // App-level errors (a thrown error, a function time-out) are retried (async-events-api, "Retries").
      console.warn(`Consumer for ${delivery.queueName} failed (attempt ${attempt + 1})`, cause);
      this.retry(delivery, attempt, settle);
    } finally {
      this.pending = Math.max(0, this.pending - 1);
      if (this.pending === 0) this.waiters.splice(0).forEach((resolve) => resolve());
    }
  }

  private retry(delivery: Delivery, attempt: number, settle: (outcome: 'failed') => void): void {
    if (attempt + 1 < MAX_ATTEMPTS) this.schedule(delivery, attempt + 1, 20 * 2 ** (attempt + 1));
    else settle('failed');
  }

  private stats(body: string | undefined) {
    const jobId = z.object({ jobId: z.string() }).safeParse(safeJson(body));
    const stats = jobId.success ? this.jobs.get(jobId.data.jobId) : undefined;
    return stats ? json(200, stats) : json(404, { message: 'Job not found' });
  }
}

interface Delivery {
  queueName: string;
  jobId: string;
  body: unknown;
  chain: Chain;
  /** Only the first copy of a duplicated event counts in the job's stats. */
  counted: boolean;
}

/** `retryOptions.retryAfter` of an `InvocationError` returned by the consumer (`{ _retry: true, ... }`). */
function retryRequested(result: unknown): number | undefined {
  const r = result as { _retry?: unknown; retryOptions?: { retryAfter?: unknown } } | null | undefined;
  if (r?._retry !== true) return undefined;
  const after = r.retryOptions?.retryAfter;
  return typeof after === 'number' && after > 0 ? after : 1;
}

function safeJson(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? 'null');
  } catch {
    return undefined;
  }
}
