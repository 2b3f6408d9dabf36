import * as z from 'zod/mini';
import { defineCall } from './call';
import { listOf, patternText, requiredText } from './fields';
import { requestIdSchema } from './request-id';
import type { UserRef } from './views';

/** The admin page (Jira settings, Jira administrators only): who holds the app's CSI-admin role. */
export interface AdminData {
  /** People with the app's CSI-admin role (Jira site admins have it too, without being listed). */
  csiAdmins: UserRef[];
}

/** The calls of the admin page; every one needs a Jira site admin. */
export const adminCalls = {
  get: defineCall<AdminData>()('admin.get', z.strictObject({})),
  findUsers: defineCall<UserRef[]>()('admin.findUsers', z.strictObject({ query: requiredText(100) })),
  setCsiAdmins: defineCall<AdminData>()(
    'admin.setCsiAdmins',
    z.strictObject({
      accountIds: listOf(patternText(128, /^[\w:-]{1,128}$/, 'Not an account id'), 50),
      requestId: requestIdSchema,
    }),
  ),
};
