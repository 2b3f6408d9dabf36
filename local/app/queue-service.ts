import { z } from 'zod';
import type { ServiceHandler } from '../runtime/service';
import { json } from '../runtime/service';
import type { AppRunner } from './app-runner';

const pushSchema = z.object({
  queueName: z.string(),
  jobId: z.string(),
  payload: z.array(z.object({ body: z.record(z.string(), z.unknown()), delayInSeconds: z.number().optional() })),
});

const MAX_ATTEMPTS = 4;

interface JobStats {
  success: number;
  inProgress: number;
  failed: number;
}

/**
 * The Forge async events platform for `@forge/events`: accepts pushes (201), delivers each event to
 * the queue's consumer at least once (retrying when the consumer throws, and duplicating deliveries
 * at `duplicateRate` so idempotency is exercised), and answers job stats. Delays the app asks for
 * are recorded (`delayed`) but not waited out: a local run compresses time.
 */
export class QueueService {
  private readonly jobs = new Map<string, JobStats>();
  /** Events pushed with a delay (the app pacing itself), and the seconds asked for. */
  readonly delayed = { events: 0, seconds: 0 };
  private pending = 0;
  private waiters: Array<() => void> = [];

  constructor(
    private readonly runner: () => AppRunner,
    private readonly random: () => number,
    private readonly duplicateRate = 0,
  ) {}

  readonly handle: ServiceHandler = (req) => {
    if (req.actingAccountId !== undefined) return json(403, { message: 'Queues are used as the app' });
    const parsed = pushSchema.safeParse(safeJson(req.body));
    if (req.path.startsWith('/webhook/queue/stats/')) return this.stats(req.body);
    if (!req.path.startsWith('/webhook/queue/publish/') || !parsed.success) {
      return json(400, { message: `Unsupported queue request ${req.method} ${req.path}` });
    }
    const { queueName, jobId, payload } = parsed.data;
    if (!this.runner().hasQueue(queueName)) return json(404, { message: `No consumer for queue ${queueName}` });
    this.jobs.set(jobId, { success: 0, inProgress: payload.length, failed: 0 });
    for (const event of payload) {
      if (event.delayInSeconds)
        Object.assign(this.delayed, {
          events: this.delayed.events + 1,
          seconds: this.delayed.seconds + event.delayInSeconds,
        });
      const copies = this.random() < this.duplicateRate ? 2 : 1;
      for (let i = 0; i < copies; i += 1) this.schedule(queueName, jobId, event.body, 0, i === 0);
    }
    return json(201, { jobId });
  };

  /** Resolves when no delivery is pending (tests and benchmarks wait for the queue to drain). */
  idle(): Promise<void> {
    return this.pending === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  private schedule(queueName: string, jobId: string, body: unknown, attempt: number, counted: boolean): void {
    this.pending += 1;
    setTimeout(
      () => void this.deliver(queueName, jobId, body, attempt, counted),
      attempt === 0 ? 0 : 20 * 2 ** attempt,
    );
  }

  private async deliver(queueName: string, jobId: string, body: unknown, attempt: number, counted: boolean) {
    const stats = this.jobs.get(jobId);
    try {
      await this.runner().deliver(queueName, { body, jobId, retryCount: attempt });
      if (stats && counted) Object.assign(stats, { success: stats.success + 1, inProgress: stats.inProgress - 1 });
    } catch (cause) {
      if (attempt + 1 < MAX_ATTEMPTS) this.schedule(queueName, jobId, body, attempt + 1, counted);
      else if (stats && counted) Object.assign(stats, { failed: stats.failed + 1, inProgress: stats.inProgress - 1 });
      console.warn(`Consumer for ${queueName} failed (attempt ${attempt + 1})`, cause);
    } finally {
      this.pending -= 1;
      if (this.pending === 0) this.waiters.splice(0).forEach((resolve) => resolve());
    }
  }

  private stats(body: string | undefined) {
    const jobId = z.object({ jobId: z.string() }).safeParse(safeJson(body));
    const stats = jobId.success ? this.jobs.get(jobId.data.jobId) : undefined;
    return stats ? json(200, stats) : json(404, { message: 'Job not found' });
  }
}

function safeJson(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? 'null');
  } catch {
    return undefined;
  }
}
