import { Filter, FilterConditions, kvs } from '@forge/kvs';
import * as z from 'zod';
import type { StoredPirSettings } from '../../application/pir/pir-settings';
import { INITIATIVE_CLASSES } from '../../domain/scoring/initiative-class.vocabulary';
import { defaultMajorChangeRules } from '../../domain/pir/major-change-rule';
import { DEFAULT_PIR_TIMINGS } from '../../domain/pir/pir-due-date';
import { defaultPirTemplate } from '../../domain/pir/pir-template';
import { ACTION_PRIORITIES, PIR_REQUIREMENTS } from '../../domain/pir/pir.vocabulary';
import { pirTemplateSchema } from '../../application/pir/pir-record';
import { ENTITIES, SETTINGS_RECORDS } from './keys';
import { committed } from './kvs-conflict';
import { assertStorable } from './value-size';

const ruleSchema = z.object({
  id: z.string(),
  name: z.string(),
  issueTypes: z.array(z.string()),
  priorities: z.array(z.string()),
  labels: z.array(z.string()),
  classes: z.array(z.enum(INITIATIVE_CLASSES)),
  requirement: z.enum(PIR_REQUIREMENTS),
  templateId: z.string(),
});

const dataSchema = z.object({
  rules: z.array(ruleSchema),
  templates: z.array(pirTemplateSchema),
  timings: z.object({
    pirDueBusinessDays: z.number().int(),
    actionDueBusinessDays: z.record(z.enum(ACTION_PRIORITIES), z.number().int()),
  }),
  changedBy: z.object({ accountId: z.string(), displayName: z.string() }).nullable(),
  changedAt: z.string().nullable(),
});

/** What is in force before a CSI admin saved any: every initiative gets the standard PIR. */
export function defaultPirSettings(): StoredPirSettings {
  return {
    version: 0,
    rules: defaultMajorChangeRules(),
    templates: [defaultPirTemplate()],
    timings: DEFAULT_PIR_TIMINGS,
    changedBy: null,
    changedAt: null,
  };
}

/** The PIR settings: one record of the `settings` entity whose `revision` is their version (one get). */
export async function loadPirSettings(): Promise<StoredPirSettings> {
  const stored = await kvs
    .entity<{ revision: number; data: unknown }>(ENTITIES.settings)
    .get(SETTINGS_RECORDS.pirSettings);
  if (!stored) return defaultPirSettings();
  return { version: stored.revision, ...dataSchema.parse(stored.data) };
}

interface SettingsRecord {
  revision: number;
  data: unknown;
}

/**
 * Writes version `next.version` if the stored one is still `next.version - 1` (none stored before
 * version 1): one conditional transaction with the client request key. False when another save
 * came first; a record over the platform's value size is refused before anything is written.
 */
export function savePirSettings(next: StoredPirSettings, requestKey?: string): Promise<boolean> {
  const { version, ...data } = next;
  const value = { revision: version, data };
  assertStorable(value, 'The PIR settings');
  const conditions =
    version === 1
      ? new Filter<SettingsRecord>().and('revision', FilterConditions.notExists())
      : new Filter<SettingsRecord>().and('revision', FilterConditions.equalTo(version - 1));
  const tx = kvs.transact().set(SETTINGS_RECORDS.pirSettings, value, { entityName: ENTITIES.settings, conditions });
  if (requestKey) tx.set(requestKey, { pirSettingsVersion: version });
  return committed(() => tx.execute());
}
