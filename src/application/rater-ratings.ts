import * as z from 'zod';

/**
 * One rater's ratings of one initiative, with their rationales (entity `rating`, one per rater and
 * initiative), so the initiative record keeps only the per-criterion tally and stays small however
 * many people rate it. `requestIds` are the rater's latest client request ids that took effect: a
 * retry finds its id here and writes nothing (issue 8: a retried write has one effect).
 */
export const raterRatingsSchema = z.object({
  issueId: z.string(),
  rater: z.object({ accountId: z.string(), displayName: z.string() }),
  at: z.string(),
  ratings: z.record(z.string(), z.object({ rating: z.number(), rationale: z.string() })),
  requestIds: z.array(z.string()).default([]),
  revision: z.number().int(),
});

export type RaterRatings = z.infer<typeof raterRatingsSchema>;

/** How many request ids a rater's entry remembers (a retry comes soon after its first call). */
export const REMEMBERED_REQUESTS = 20;
