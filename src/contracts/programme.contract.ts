import * as z from 'zod/mini';
import { defineCall } from './call';
import { requiredText, scoringConfigInputSchema, type ScoringConfigInput } from './fields';
import type { RescoreProgressView, UserRef } from './views';

/** The scoring configuration as the CSI programme page edits it. */
export interface ScoringConfigData {
  config: ScoringConfigInput & { version: number; changedBy: UserRef | null; changedAt: string | null };
  issueTypes: Array<{ id: string; name: string }>;
  rescore: RescoreProgressView | null;
}

export interface PreviewData {
  moves: Array<{
    issueKey: string;
    summary: string;
    before: number | null;
    after: number | null;
    rankBefore: number;
    rankAfter: number;
  }>;
}

/**
 * The calls of the CSI programme page (`jira:globalPage`): every one needs the app's CSI-admin
 * role, which Jira site admins hold too. Anyone with Jira access can open the page itself.
 */
export const programmeCalls = {
  scoringConfig: defineCall<ScoringConfigData>()('programme.scoringConfig', z.strictObject({})),
  previewConfig: defineCall<PreviewData>()(
    'programme.previewConfig',
    z.strictObject({ config: scoringConfigInputSchema }),
  ),
  saveConfig: defineCall<ScoringConfigData>()(
    'programme.saveConfig',
    z.strictObject({
      config: scoringConfigInputSchema,
      reason: requiredText(2000),
      /** A client request id: a retry with the same id completes the first save instead of saving again. */
      requestId: z.optional(
        z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, 'A request id is 8 to 64 letters, digits, - or _')),
      ),
    }),
  ),
  rescoreProgress: defineCall<RescoreProgressView | null>()('programme.rescoreProgress', z.strictObject({})),
};
