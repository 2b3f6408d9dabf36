import type { PirSettingsData } from '../../contracts/pir-settings.contract';
import { BENEFIT_CHECK_DAYS } from '../../domain/pir/pir.vocabulary';
import { ok, type Result } from '../../domain/result';
import type { UserRefRecord } from '../initiative-record';
import type { StoredPirSettings } from './pir-settings';

/** What the PIR-settings use cases need (identity and time from the platform context, never the payload). */
export interface PirSettingsPorts {
  /** The settings in force: the shipped defaults (version 0) until an admin saved (one get). */
  settings(): Promise<StoredPirSettings>;
  /**
   * Writes `next` if the stored settings are still at `next.version - 1` (none stored for version 1);
   * false if someone saved meanwhile. `requestKey` commits in the same transaction.
   */
  save(next: StoredPirSettings, requestKey?: string): Promise<boolean>;
  currentUser(): Promise<UserRefRecord>;
  /** Whether a change with this client request key was committed (one get). */
  requests: { seen(key: string): Promise<boolean> };
  now(): string;
}

/** The settings as the programme page shows them (copies: the view never shares the stored arrays). */
export function pirSettingsView(settings: StoredPirSettings): PirSettingsData {
  const { version, rules, templates, timings, changedBy, changedAt } = settings;
  return {
    version,
    rules: rules.map((r) => ({
      ...r,
      issueTypes: [...r.issueTypes],
      priorities: [...r.priorities],
      labels: [...r.labels],
      classes: [...r.classes],
    })),
    templates: templates.map((t) => ({ ...t, sections: t.sections.map((s) => ({ ...s })) })),
    timings: {
      pirDueBusinessDays: timings.pirDueBusinessDays,
      actionDueBusinessDays: { ...timings.actionDueBusinessDays },
    },
    benefitCheckDays: [...BENEFIT_CHECK_DAYS],
    changedBy: changedBy && { accountId: changedBy.accountId, displayName: changedBy.displayName },
    changedAt,
  };
}

/** A CSI admin reads the major-change rules, the PIR templates and the timings in force (one KVS get). */
export async function getPirSettings(ports: Pick<PirSettingsPorts, 'settings'>): Promise<Result<PirSettingsData>> {
  return ok(pirSettingsView(await ports.settings()));
}
