import * as z from 'zod/mini';
import { listOf, OVERRIDDEN, PIR_OUTCOMES, requiredText, text, VERDICTS, wholeIn } from './fields';

const rationale = requiredText(4000);
const options = listOf(requiredText(500), 20);
const verdict = z.enum(VERDICTS, { error: 'Choose go, no-go or hold' });

/**
 * A decision a CSI admin records about one initiative from the issue panel (rejections have their
 * own form). The summary, the subject, who and when are the app's to fill in, never the payload's.
 */
export const decisionInputSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('checkpoint-decision'),
    checkpointName: requiredText(200),
    verdict,
    recommended: verdict,
    rationale,
    optionsConsidered: options,
  }),
  z.strictObject({
    type: z.literal('override'),
    overridden: z.enum(OVERRIDDEN, { error: 'Say what was overridden' }),
    recommended: requiredText(500),
    decided: requiredText(500),
    rationale,
    optionsConsidered: options,
  }),
  z.strictObject({ type: z.literal('pause'), trigger: z.optional(text(500)), rationale, optionsConsidered: options }),
  z.strictObject({
    type: z.literal('terminate'),
    trigger: z.optional(text(500)),
    rationale,
    optionsConsidered: options,
  }),
  z.strictObject({ type: z.literal('resume'), rationale }),
  z.strictObject({
    type: z.literal('pir-completed'),
    outcome: z.enum(PIR_OUTCOMES, { error: 'Choose met, partly met or not met' }),
    residualRisks: listOf(requiredText(500), 20),
    rationale,
  }),
  z.strictObject({ type: z.literal('correction'), correctsSeq: wholeIn(1, 1_000_000_000), rationale }),
  /** A rejected or terminated initiative goes back under review; the rationale is the reason. */
  z.strictObject({ type: z.literal('reopen'), rationale }),
]);

export type DecisionInput = z.infer<typeof decisionInputSchema>;
