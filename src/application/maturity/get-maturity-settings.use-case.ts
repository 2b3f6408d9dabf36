import { ok } from '../../domain/result';
import { notACsiAdmin, settingsOf } from './maturity-access';
import type { MaturityCaller, MaturityDeps } from './maturity.ports';
import type { MaturityResult } from './maturity-refusal';
import type { MaturitySettingsView } from '../../contracts/maturity.contract';
import { settingsView } from './maturity-settings-view';

/**
 * The maturity settings for a CSI admin to edit: the model in force (the default, version 1, until
 * one is saved) and the named assessors. One read; other callers are refused.
 */
export async function getMaturitySettings(
  deps: Pick<MaturityDeps, 'maturity' | 'users'>,
  caller: MaturityCaller,
): Promise<MaturityResult<MaturitySettingsView>> {
  if (!caller.isCsiAdmin) return notACsiAdmin('see the maturity settings');
  return ok(await settingsView(deps, await settingsOf(deps.maturity)));
}
