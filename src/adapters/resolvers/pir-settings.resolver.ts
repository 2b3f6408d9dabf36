import { kvs } from '@forge/kvs';
import type { PirSettingsPorts } from '../../application/pir/get-pir-settings.use-case';
import { getPirSettings } from '../../application/pir/get-pir-settings.use-case';
import { savePirSettings } from '../../application/pir/save-pir-settings.use-case';
import { pirSettingsCalls as calls } from '../../contracts/pir-settings.contract';
import { currentUser } from '../product/jira-gateway';
import { KEYS } from '../storage/keys';
import { loadPirSettings, savePirSettings as storePirSettings } from '../storage/pir-settings.repository';
import { defineResolver, type CallContext } from './define-resolver';

function ports(): PirSettingsPorts {
  return {
    settings: loadPirSettings,
    save: storePirSettings,
    currentUser,
    requests: { seen: async (key) => (await kvs.get(key)) !== undefined },
    now: () => new Date().toISOString(),
  };
}

const requestKey = (ctx: CallContext, requestId: string | undefined) =>
  requestId && KEYS.request(ctx.accountId, requestId);

/**
 * The CSI admins' PIR settings (issue 11 items 1 and 2), served by the CSI programme page
 * (`programme-fn`): the major-change rules, the PIR templates and the timings. Every call checks
 * the CSI-admin role first; the attach trigger reads what they save (`loadPirSettings`).
 */
export const pirSettingsResolvers = [
  defineResolver({
    call: calls.get,
    requires: ['csiAdmin'],
    handle: () => getPirSettings(ports()),
  }),
  defineResolver({
    call: calls.save,
    requires: ['csiAdmin'],
    handle: (input, ctx) =>
      savePirSettings(
        ports(),
        input.version,
        { rules: input.rules, templates: input.templates, timings: input.timings },
        requestKey(ctx, input.requestId),
      ),
  }),
];
