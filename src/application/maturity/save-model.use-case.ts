import { nextModelVersion, validateMaturityModel, type DimensionModel } from '../../domain/maturity/maturity-model';
import { ok } from '../../domain/result';
import { notACsiAdmin, settingsOf } from './maturity-access';
import type { MaturitySettings } from './maturity-records';
import type { MaturityCaller, MaturityDeps } from './maturity.ports';
import { invalidInput, refuse, type MaturityResult } from './maturity-refusal';
import type { MaturitySettingsView } from '../../contracts/maturity.contract';
import { settingsView } from './maturity-settings-view';

/** An edited model: its dimensions, and the version the admin edited (so a save made meanwhile is not lost). */
export interface ModelInput {
  baseVersion: number;
  dimensions: DimensionModel[];
  requestId?: string | undefined;
}

const moved = (version: number): MaturityResult<never> =>
  refuse(
    'CONFLICT',
    'MODEL_CHANGED',
    `Someone saved model version ${version} meanwhile: reload it, make your changes again, then save.`,
  );

/**
 * A CSI admin saves the maturity model (issue 12 item 1): the edit of the version in force becomes
 * the next version (`nextModelVersion`), checked by `validateMaturityModel` (a level without
 * criteria, say, is refused with its own code); who and when are kept. Assessments keep the copy
 * they were made with, so a draft under way goes on with its version. Refused, writing nothing: a
 * caller who is not a CSI admin, an invalid model, a model that changes nothing, an edit of a version
 * that is no longer in force (`CONFLICT`). A retried request id writes nothing more.
 */
export async function saveMaturityModel(
  deps: MaturityDeps,
  caller: MaturityCaller,
  input: ModelInput,
): Promise<MaturityResult<MaturitySettingsView>> {
  if (!caller.isCsiAdmin) return notACsiAdmin('change the maturity model');
  const requestKey = input.requestId ? deps.requests.key(caller.accountId, input.requestId) : undefined;
  if (requestKey && (await deps.requests.seen(requestKey)))
    return ok(await settingsView(deps, await settingsOf(deps.maturity)));
  const current = await settingsOf(deps.maturity);
  if (input.baseVersion !== current.model.version) return moved(current.model.version);
  const edited = nextModelVersion(current.model, { version: input.baseVersion, dimensions: input.dimensions });
  const checked = validateMaturityModel(edited);
  if (!checked.ok) return invalidInput(checked.error);
  if (JSON.stringify(checked.value.dimensions) === JSON.stringify(current.model.dimensions)) {
    const message = `Nothing changed: this is model version ${current.model.version}. Change something before saving.`;
    return refuse('INVALID_INPUT', 'NOTHING_CHANGED', message, { dimensions: [message] });
  }
  const [by, at] = [await deps.identity.currentUser(), deps.clock.now()];
  let conflict: MaturityResult<never> | undefined;
  const saved = await deps.maturity.updateSettings(
    (stored) => {
      const now: MaturitySettings = stored ?? current;
      conflict = now.model.version === input.baseVersion ? undefined : moved(now.model.version);
      return conflict ? undefined : { ...now, model: checked.value, changedBy: by, changedAt: at };
    },
    requestKey ? { requestKey } : {},
  );
  if (conflict) return conflict;
  if (!saved) throw new Error('The maturity settings were saved but not stored');
  return ok(await settingsView(deps, saved));
}
