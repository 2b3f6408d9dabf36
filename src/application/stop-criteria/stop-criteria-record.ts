import * as z from 'zod';

/**
 * The pause / terminate criteria an initiative declares (src/domain/lifecycle/stop-criterion.ts) and
 * the ones that fired, as the initiative record keeps them. On the initiative, not the pilot: a
 * re-score evaluates "pause if the score falls below" from the record it writes anyway, with no read
 * more per initiative. Parsed on every read (stored data is untrusted input).
 */
export const stopCriterionSchema = z.discriminatedUnion('kind', [
  z.object({ id: z.string(), kind: z.literal('terminate-if-no-kpi-gain'), checkpoints: z.number().int() }),
  z.object({ id: z.string(), kind: z.literal('pause-if-score-below'), score: z.number() }),
  z.object({ id: z.string(), kind: z.literal('pause-if-commitment-lapsed') }),
]);

/**
 * A criterion that fired: what it proposes and why, since when, and the decision that answered it
 * (a pause, a termination, or "continue" recorded as an override of the trigger), if any. A trigger
 * whose message changes (another checkpoint without gain, a lower score) asks again.
 */
export const stopTriggerSchema = z.object({
  id: z.string(),
  kind: z.enum(['terminate-if-no-kpi-gain', 'pause-if-score-below', 'pause-if-commitment-lapsed']),
  proposes: z.enum(['pause', 'terminate']),
  message: z.string(),
  since: z.string(),
  answeredSeq: z.number().int().nullable(),
});

export type StopTrigger = z.infer<typeof stopTriggerSchema>;
