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
  /** The requester's name when they asked (absent in records written before it was kept). */
  requestedByName: z.string().optional(),
  requestedAt: z.string(),
  confirmedBy: z.string().optional(),
  confirmedByName: z.string().optional(),
  confirmedAt: z.string().optional(),
  /** Key of the service whose owner confirmed it. */
  confirmedFor: z.string().optional(),
});

export type CommitmentRecord = z.infer<typeof commitmentRecordSchema>;
