import type { MaturityModel } from '../../domain/maturity/maturity-model';
import type { UserRefRecord } from '../initiative-record';
import type { MaturitySettings } from './maturity-records';

/** What the maturity settings page shows a CSI admin: the model in force, the named assessors, who changed them last. */
export interface MaturitySettingsView {
  model: MaturityModel;
  assessors: string[];
  changedBy: UserRefRecord | null;
  changedAt: string | null;
}

/** The settings as the page shows them (the stored revision stays behind the port). */
export function settingsView(settings: MaturitySettings): MaturitySettingsView {
  const { model, assessors, changedBy, changedAt } = settings;
  return { model, assessors: [...assessors], changedBy, changedAt };
}
