import { kvs } from '@forge/kvs';
import { adminCalls } from '../../contracts/admin.contract';
import type { CsiAdminPorts } from '../../application/admin/csi-admin.ports';
import { getCsiAdmins } from '../../application/admin/get-csi-admins.use-case';
import { setCsiAdmins } from '../../application/admin/set-csi-admins.use-case';
import { ok } from '../../domain/result';
import { searchUsers, usersByIds } from '../product/users';
import { KEYS } from '../storage/keys';
import { loadSettings, saveCsiAdmins } from '../storage/settings.repository';
import { buildResolver, defineResolver, type CallContext } from './define-resolver';

function csiAdminPorts(ctx: CallContext): CsiAdminPorts {
  return {
    csiAdmins: async () => (await ctx.memo('settings', loadSettings)).csiAdmins,
    saveCsiAdmins,
    usersByIds,
    requests: { seen: async (key) => (await kvs.get(key)) !== undefined },
  };
}

/**
 * The admin page (`jira:adminPage`, Jira settings): only Jira administrators see it, so it holds
 * only what they alone may do, granting the CSI-admin role. The scoring configuration is on the
 * CSI programme page, which every CSI admin can open.
 */
export const adminResolvers = [
  defineResolver({
    call: adminCalls.get,
    requires: ['siteAdmin'],
    handle: (_input, ctx) => getCsiAdmins(csiAdminPorts(ctx)),
  }),
  defineResolver({
    call: adminCalls.findUsers,
    requires: ['siteAdmin'],
    handle: async (input) => ok(await searchUsers(input.query)),
  }),
  defineResolver({
    call: adminCalls.setCsiAdmins,
    requires: ['siteAdmin'],
    handle: (input, ctx) =>
      setCsiAdmins(
        csiAdminPorts(ctx),
        input.accountIds,
        input.requestId && KEYS.request(ctx.accountId, input.requestId),
      ),
  }),
];

export const adminResolver = buildResolver(adminResolvers);
