import * as z from 'zod';

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
  /** Written by older versions (an assumed hourly budget); read and ignored. */
  budget: z.object({ hourStartedAt: z.string(), points: z.number() }).optional(),
  /** When the job waits for Jira's points quota: until about when, and why. */
  pausedUntil: z.string().nullable().optional(),
});

export type RescoreJob = z.infer<typeof rescoreJobSchema>;

/**
 * One queue event: "continue re-scoring for `configVersion`". `batch` numbers the events of a job
 * (a redelivered older event is dropped); the job record's `lastIssueId` is where work resumes, so a
 * redelivered or retried event never redoes finished work. `afterIssueId` is where the event was
 * pushed from (kept for logs).
 */
export const rescoreEventSchema = z.object({
  jobId: z.string(),
  configVersion: z.number().int(),
  batch: z.number().int().min(0),
  afterIssueId: z.string(),
  /** Who changed the configuration: the score history says so on every re-scored initiative. */
  actor: z.object({ accountId: z.string(), displayName: z.string() }).optional(),
});

export type RescoreEvent = z.infer<typeof rescoreEventSchema>;

/** Initiatives read per page (one KVS query, the platform's most); an event works through pages until its time is up. */
export const RESCORE_PAGE = 100;
