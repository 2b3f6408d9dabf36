import * as z from 'zod';

/**
 * A stored resource commitment: the domain's `Commitment` (domain/commitments/commitment.ts) with
 * the names of the people involved, so the panel shows them without asking Jira.
 */
export const commitmentRecordSchema = z.object({
  id: z.string(),
  initiativeId: z.string(),
  personId: z.string(),
  personName: z.string(),
  hoursPerWeek: z.number(),
  start: z.string(),
  end: z.string(),
  requestedBy: z.string(),
  requestedAt: z.string(),
  confirmedBy: z.string().optional(),
  confirmedByName: z.string().optional(),
  confirmedAt: z.string().optional(),
});

export type CommitmentRecord = z.infer<typeof commitmentRecordSchema>;
