import * as z from 'zod';

/** How many repaired issues the reconcile record keeps (newest first), so it stays small. */
export const RECENT_REPAIRS = 50;

const repairedIssueSchema = z.object({
  issueKey: z.string(),
  drift: z.enum(['field', 'property', 'missing-property', 'status']),
  at: z.string(),
});

/**
 * The outcome of the latest reconcile run (one bounded record the programme page can show): when it
 * ran, how many initiatives it checked and repaired, where the next run starts, and the latest
 * repaired issues across runs.
 */
export const reconcileRunSchema = z.object({
  at: z.string(),
  /** The issue id the run started after ('' = from the first initiative). */
  startedFrom: z.string(),
  /** The issue id the next run starts after ('' once the run reached the last initiative). */
  cursor: z.string(),
  checked: z.number().int().nonnegative(),
  repaired: z.number().int().nonnegative(),
  /** Initiatives Jira's search did not return (deleted or not visible to the app): not repaired. */
  absent: z.number().int().nonnegative(),
  /** Copies that missed an update event and took Jira's newer facts (summary, status, ...). */
  refreshed: z.number().int().nonnegative().default(0),
  /** Why the run stopped before its slice was done, or null. */
  stoppedBecause: z.string().nullable(),
  recentRepairs: z.array(repairedIssueSchema).max(RECENT_REPAIRS),
});

export type ReconcileRun = z.infer<typeof reconcileRunSchema>;
export type RepairedIssue = z.infer<typeof repairedIssueSchema>;

/** This run's repairs first, then earlier ones, at most `RECENT_REPAIRS`. */
export function mergeRepairs(latest: readonly RepairedIssue[], earlier: readonly RepairedIssue[]): RepairedIssue[] {
  return [...latest, ...earlier].slice(0, RECENT_REPAIRS);
}
