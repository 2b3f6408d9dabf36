import type { MaturitySettingsView } from '../../contracts/maturity.contract';
import type { MaturitySettings } from './maturity-records';

/** The settings as the admin page shows them (the stored revision stays behind the port). */
export function settingsView(settings: MaturitySettings): MaturitySettingsView {
  const { model, assessors, changedBy, changedAt } = settings;
  return { model, assessors: [...assessors], changedBy, changedAt };
}
