import * as z from 'zod';
import { checkpointRecordSchema } from './checkpoint-record';
import { commitmentRecordSchema } from './commitment-record';
import { dependencyReviewSchema } from './dependency-record';

/**
 * What the app keeps about an initiative's pilot, beside the initiative record (entity `pilot`,
 * keyed by issue id): its checkpoints, resource commitments, the services it affects with their
 * dependency review, and its pause / terminate criteria. Apart from the initiative so the initiative
 * stays small; the panel reads both in one batch get, and a change to both is one transaction.
 * Parsed on every read: stored data from older versions is untrusted input.
 */
export const pilotRecordSchema = z.object({
  issueId: z.string(),
  projectKey: z.string(),
  checkpoints: z.array(checkpointRecordSchema).default([]),
  commitments: z.array(commitmentRecordSchema).default([]),
  /** Keys of the services (lifecycle settings' catalogue) the initiative affects, sorted. */
  services: z.array(z.string()).default([]),
  dependencyReview: dependencyReviewSchema.nullable().default(null),
  revision: z.number().int(),
});

export type PilotRecord = z.infer<typeof pilotRecordSchema>;

/** How much one pilot holds, so its record stays far below the 240 KiB value limit. */
export const PILOT_LIMITS = { checkpoints: 12, criteriaPerCheckpoint: 10, commitments: 20, services: 10 } as const;

/** The pilot of an initiative that has none stored yet (revision 0: not written). */
export function emptyPilot(issueId: string, projectKey: string): PilotRecord {
  return { issueId, projectKey, checkpoints: [], commitments: [], services: [], dependencyReview: null, revision: 0 };
}
