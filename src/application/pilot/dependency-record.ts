import * as z from 'zod';

/** The stored dependency review (domain/dependencies/dependency-review.ts), with the reviewer's name. */
export const dependencyReviewSchema = z.object({
  reviewedBy: z.string(),
  reviewerName: z.string(),
  reviewedAt: z.string(),
  services: z.array(z.string()),
  note: z.string().optional(),
});

export type DependencyReviewRecord = z.infer<typeof dependencyReviewSchema>;
