import { z } from 'zod';
import type { ServiceResponse } from '../runtime/service';
import { json } from '../runtime/service';

/**
 * Async events limits per installation (https://developer.atlassian.com/platform/forge/limits-async-events/;
 * snapshot runtime-reference/async-events-api "Push API": "delayed up to 15 minutes", "A maximum of
 * 50 events can be pushed per request, up to a maximum combined payload of 200 KB").
 */
export const QUEUE_LIMITS = {
  eventsPerPush: 50,
  payloadKB: 200,
  maxDelaySeconds: 900,
  eventsPerMinute: 500,
  /** "Cyclic invocation limit 1000": push requests across all handlers from one initial invocation. */
  cyclicPushes: 1000,
} as const;

/** The queue key pattern `@forge/events` enforces (`InvalidQueueNameError`). */
const QUEUE_NAME = /^[a-zA-Z0-9-_]+$/;

/** A push request as `@forge/events` sends it (`Queue.push`: queueName, jobId, payload, ...). */
export const pushSchema = z.object({
  queueName: z.string(),
  jobId: z.string().min(1),
  payload: z.array(z.unknown()),
});

export const pushEventSchema = z.object({
  body: z.record(z.string(), z.unknown()),
  delayInSeconds: z.number().optional(),
  concurrency: z.object({ key: z.string(), limit: z.number() }).optional(),
});

export type PushEvent = z.infer<typeof pushEventSchema>;

/**
 * Checks a push as the platform does, with the answers `@forge/events` turns into its documented
 * errors (runtime-reference/async-events-api-error-handling): 413 `{ errorMessage }` is
 * `PayloadTooBigError`; any other refusal (400 with `message`) an `InternalServerError` naming it.
 * The client checks the same limits before sending; the host checks again, as the platform must.
 * Returns the events, or the refusal.
 */
export function checkPush(queueName: string, payload: unknown[]): PushEvent[] | ServiceResponse {
  if (!QUEUE_NAME.test(queueName)) {
    return json(400, { message: 'Queue names can only contain alphanumeric characters, dashes and underscores.' });
  }
  if (payload.length === 0) return json(400, { message: 'No events pushed.' });
  if (payload.length > QUEUE_LIMITS.eventsPerPush) {
    return json(400, { message: `This push contains more than the ${QUEUE_LIMITS.eventsPerPush} events allowed.` });
  }
  if (Buffer.byteLength(JSON.stringify(payload)) / 1024 > QUEUE_LIMITS.payloadKB) {
    return json(413, { errorMessage: `The maximum payload size is ${QUEUE_LIMITS.payloadKB}KB.` });
  }
  const events: PushEvent[] = [];
  for (const raw of payload) {
    const event = pushEventSchema.safeParse(raw);
    if (!event.success) return json(400, { message: 'Event body must be an object.' });
    const delay = event.data.delayInSeconds;
    if (delay !== undefined && (!Number.isFinite(delay) || delay < 0 || delay > QUEUE_LIMITS.maxDelaySeconds)) {
      return json(400, {
        message: `The delayInSeconds setting must be between 0 and ${QUEUE_LIMITS.maxDelaySeconds}.`,
      });
    }
    events.push(event.data);
  }
  return events;
}
