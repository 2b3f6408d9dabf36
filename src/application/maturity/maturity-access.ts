import { defaultMaturityModel } from '../../domain/maturity/default-maturity-model';
import { compareQuarters, isQuarter, quarterOf } from '../../domain/maturity/quarter';
import { ok } from '../../domain/result';
import type { MaturitySettings } from './maturity-records';
import type { MaturityCaller, MaturityStorePort } from './maturity.ports';
import { refuse, type MaturityResult } from './maturity-refusal';

export { MATURITY_HISTORY_LIMIT } from '../../contracts/maturity.contract';

/** The settings in force: as stored, or the defaults before a CSI admin first saves them. */
export async function settingsOf(store: Pick<MaturityStorePort, 'getSettings'>): Promise<MaturitySettings> {
  return (await store.getSettings()) ?? defaultMaturitySettings();
}

/** The settings before a CSI admin first saves them: the default model, nobody named, revision 0. */
export function defaultMaturitySettings(): MaturitySettings {
  return { model: defaultMaturityModel(), assessors: [], changedBy: null, changedAt: null, revision: 0 };
}

/** Whether the caller assesses: a CSI admin, or an account a CSI admin named in the settings. */
export function isAssessor(caller: MaturityCaller, settings: Pick<MaturitySettings, 'assessors'>): boolean {
  return caller.isCsiAdmin || settings.assessors.includes(caller.accountId);
}

/** The refusal for a caller who is not an assessor (checked before anything else is read or written). */
export function notAnAssessor(what: string): MaturityResult<never> {
  return refuse('FORBIDDEN', 'NOT_AN_ASSESSOR', `Only CSI admins and the assessors they name ${what}.`);
}

/** The refusal for a caller who is not a CSI admin. */
export function notACsiAdmin(what: string): MaturityResult<never> {
  return refuse('FORBIDDEN', 'NOT_A_CSI_ADMIN', `Only CSI admins ${what}.`);
}

/** The quarter an instant (ISO 8601) falls in; a clock that gives no date is a bug. */
export function quarterAt(now: string): string {
  const quarter = quarterOf(now.slice(0, 10));
  if (quarter === null) throw new RangeError(`The clock gave no date: ${now}`);
  return quarter;
}

/**
 * The period of an assessment to write: a quarter (`2026-Q3`) that has started by `now`.
 *
 * @example
 * assessablePeriod('2026-Q5', '2026-08-01T00:00:00Z').ok; // false (INVALID_PERIOD)
 */
export function assessablePeriod(period: string, now: string): MaturityResult<string> {
  const field = { period: ['Name a quarter such as 2026-Q3.'] };
  if (!isQuarter(period)) {
    return refuse('INVALID_INPUT', 'INVALID_PERIOD', 'The period is a quarter written 2026-Q3.', field);
  }
  const current = quarterAt(now);
  if (compareQuarters(period, current) > 0) {
    const message = `${period} has not started yet: assess ${current} or an earlier quarter.`;
    return refuse('INVALID_INPUT', 'FUTURE_PERIOD', message, { period: [message] });
  }
  return ok(period);
}
