import { z } from 'zod/mini';
import { defineCall } from './call';
import { listOf, requiredText, scoringConfigInputSchema, type ScoringConfigInput } from './fields';
import type { RescoreProgressView, UserRef } from './views';

export interface AdminData {
  config: ScoringConfigInput & { version: number; changedBy: UserRef | null; changedAt: string | null };
  issueTypes: Array<{ id: string; name: string }>;
  rescore: RescoreProgressView | null;
  /** People with the app's CSI-admin role (Jira site admins have it too, without being listed). */
  csiAdmins: UserRef[];
  viewer: { canSave: boolean; canManageAdmins: boolean };
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

export const adminCalls = {
  get: defineCall<AdminData>()('admin.get', z.strictObject({})),
  preview: defineCall<PreviewData>()('admin.preview', z.strictObject({ config: scoringConfigInputSchema })),
  save: defineCall<AdminData>()(
    'admin.save',
    z.strictObject({ config: scoringConfigInputSchema, reason: requiredText(2000) }),
  ),
  rescoreProgress: defineCall<RescoreProgressView | null>()('admin.rescoreProgress', z.strictObject({})),
  findUsers: defineCall<UserRef[]>()('admin.findUsers', z.strictObject({ query: requiredText(100) })),
  setCsiAdmins: defineCall<AdminData>()(
    'admin.setCsiAdmins',
    z.strictObject({ accountIds: listOf(z.string().check(z.regex(/^[\w:-]{1,128}$/, 'Not an account id')), 50) }),
  ),
};
