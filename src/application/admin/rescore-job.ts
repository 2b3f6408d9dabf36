import { z } from 'zod';

/** Progress of a re-scoring run after a configuration change (one record; the admin page polls it). */
export const rescoreJobSchema = z.object({
  jobId: z.string(),
  configVersion: z.number().int(),
  status: z.enum(['running', 'done']),
  total: z.number().int(),
  done: z.number().int(),
  changed: z.number().int(),
  failed: z.number().int(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** Batches finished; a redelivered batch with a lower number is skipped (at-least-once delivery). */
  batchesDone: z.number().int(),
  lastIssueId: z.string(),
  /** Estimated Jira points spent in the current hour, for pacing against the hourly budget. */
  budget: z.object({ hourStartedAt: z.string(), points: z.number() }),
});

export type RescoreJob = z.infer<typeof rescoreJobSchema>;

/** One queue event: "re-score the batch after `afterIssueId` for `configVersion`". */
export const rescoreEventSchema = z.object({
  jobId: z.string(),
  configVersion: z.number().int(),
  batch: z.number().int().min(0),
  afterIssueId: z.string(),
  /** Who changed the configuration: the score history says so on every re-scored initiative. */
  actor: z.object({ accountId: z.string(), displayName: z.string() }).optional(),
});

export type RescoreEvent = z.infer<typeof rescoreEventSchema>;

export const RESCORE_BATCH = 25;
/** The app's share of the tenant's hourly Jira points budget (see README, "Rate limits"). */
export const HOURLY_POINTS_BUDGET = 20_000;
/** Jira points charged per write, as we estimate them (the platform does not tell the app). */
export const POINTS_PER_WRITE = 2;
