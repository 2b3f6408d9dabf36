import type { MaturitySettingsView } from '../../contracts/maturity.contract';
import type { MaturitySettings } from './maturity-records';
import type { MaturityDeps } from './maturity.ports';

/** The settings as the admin page shows them, the assessors named (the stored revision stays behind the port). */
export async function settingsView(
  deps: Pick<MaturityDeps, 'users'>,
  settings: MaturitySettings,
): Promise<MaturitySettingsView> {
  const { model, assessors, changedBy, changedAt } = settings;
  const people = assessors.length === 0 ? [] : await deps.users.byIds(assessors);
  return { model, assessors: [...assessors], people, changedBy, changedAt };
}
