import { MATURITY_LIMITS } from '../../domain/maturity/maturity.vocabulary';
import { ok } from '../../domain/result';
import { defaultMaturitySettings, notACsiAdmin, settingsOf } from './maturity-access';
import type { MaturityCaller, MaturityDeps } from './maturity.ports';
import { refuse, type MaturityResult } from './maturity-refusal';
import type { MaturitySettingsView } from '../../contracts/maturity.contract';
import { settingsView } from './maturity-settings-view';

/** The form of an Atlassian account id (as the admin contract checks it). */
const ACCOUNT_ID = /^[\w:-]{1,128}$/;

/** The accounts to name as assessors, replacing the list. */
export interface AssessorsInput {
  accountIds: string[];
  requestId?: string | undefined;
}

/**
 * A CSI admin names the assessors besides the CSI admins (issue 12 item 1): the list replaces the
 * old one, each account once, at most `MATURITY_LIMITS.assessors`. Refused, writing nothing: a
 * caller who is not a CSI admin, a value that is not an account id, too many accounts. A retried
 * request id writes nothing more. Ratings already saved stay in their drafts.
 */
export async function setMaturityAssessors(
  deps: MaturityDeps,
  caller: MaturityCaller,
  input: AssessorsInput,
): Promise<MaturityResult<MaturitySettingsView>> {
  if (!caller.isCsiAdmin) return notACsiAdmin('name assessors');
  const requestKey = input.requestId ? deps.requests.key(caller.accountId, input.requestId) : undefined;
  if (requestKey && (await deps.requests.seen(requestKey)))
    return ok(await settingsView(deps, await settingsOf(deps.maturity)));
  const invalid = input.accountIds.flatMap((id, i) => (ACCOUNT_ID.test(id) ? [] : [i]));
  if (invalid.length > 0) {
    const fieldErrors = Object.fromEntries(invalid.map((i) => [`accountIds.${i}`, ['This is not an account id.']]));
    return refuse('INVALID_INPUT', 'INVALID_ACCOUNT_ID', 'Choose the assessors from the people picker.', fieldErrors);
  }
  const assessors = [...new Set(input.accountIds)];
  if (assessors.length > MATURITY_LIMITS.assessors) {
    const message = `Name at most ${MATURITY_LIMITS.assessors} assessors (CSI admins assess without being named); this list has ${assessors.length}.`;
    return refuse('INVALID_INPUT', 'TOO_MANY_ASSESSORS', message, { accountIds: [message] });
  }
  const [by, at] = [await deps.identity.currentUser(), deps.clock.now()];
  const saved = await deps.maturity.updateSettings(
    (stored) => ({ ...(stored ?? defaultMaturitySettings()), assessors, changedBy: by, changedAt: at }),
    requestKey ? { requestKey } : {},
  );
  if (!saved) throw new Error('The maturity settings were saved but not stored');
  return ok(await settingsView(deps, saved));
}
