import { Filter, FilterConditions, kvs } from '@forge/kvs';
import * as z from 'zod';
import { CRITERION_DIRECTIONS } from '../../domain/scoring/criterion-direction.vocabulary';
import { defaultScoringConfig } from '../../domain/scoring/default-scoring-config';
import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import { ENTITIES, KEYS } from './keys';
import { committed } from './kvs-conflict';

const criterionSchema = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  direction: z.enum(CRITERION_DIRECTIONS),
  weight: z.number(),
  levels: z.tuple([z.string(), z.string(), z.string(), z.string(), z.string()]),
});

const settingsSchema = z.object({
  config: z.object({
    version: z.number().int(),
    criteria: z.array(criterionSchema),
    quickWin: z.object({ maxEffort: z.number(), maxDurationDays: z.number() }),
    transformational: z.object({ minEffort: z.number(), minDurationDays: z.number() }),
    balanceBand: z.object({ min: z.number(), max: z.number() }),
    mviThresholdPct: z.number(),
    effortCriterionKey: z.string(),
    enabledIssueTypes: z.array(z.string()),
  }),
  changedBy: z.object({ accountId: z.string(), displayName: z.string() }).nullable(),
  changedAt: z.string().nullable(),
  reason: z.string().nullable().default(null),
  csiAdmins: z.array(z.string()),
});

/**
 * `revision` counts the saves of the settings entity (0: never saved as an entity); a save is
 * conditional on the revision it read, so two saves at once cannot both win.
 */
export type Settings = Omit<z.infer<typeof settingsSchema>, 'config'> & { config: ScoringConfig; revision?: number };

/** The settings entity (manifest: `settings`): one record, `data` parsed on every read. */
interface SettingsEntity {
  revision: number;
  data: unknown;
}

const SETTINGS_KEY = 'scoring';
const settingsEntity = () => kvs.entity<SettingsEntity>(ENTITIES.settings);

/** The settings before any admin saved: the default criteria and no CSI admins. */
export function defaultSettings(): Settings {
  return { config: defaultScoringConfig(), changedBy: null, changedAt: null, reason: null, csiAdmins: [] };
}

/**
 * Loads the current settings (one KVS get once they were saved; before that, the key older versions
 * wrote, or the defaults). Stored data that no longer parses is a bug, not a default.
 */
export async function loadSettings(): Promise<Settings> {
  const stored = await settingsEntity().get(SETTINGS_KEY);
  if (stored) return { ...settingsSchema.parse(stored.data), revision: stored.revision };
  const legacy = await kvs.get<unknown>(KEYS.settings);
  return { ...(legacy === undefined ? defaultSettings() : settingsSchema.parse(legacy)), revision: 0 };
}

/**
 * Writes `next` if the settings are still at `next.revision` (one conditional transaction with the
 * archived copy of the configuration version). Returns false if someone saved the configuration
 * meanwhile. A new configuration version that met only a CSI-admin change is written again over
 * it, keeping the new admin list (the two changes touch different parts).
 */
export async function saveSettings(next: Settings, request?: { key: string; record: unknown }): Promise<boolean> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    if (await tryWrite(next, request)) return true;
    const latest = await loadSettings();
    if (latest.config.version !== next.config.version - 1) return false;
    next = { ...next, csiAdmins: latest.csiAdmins, revision: latest.revision };
  }
  return false;
}

/** `request`: a client request id's record, committed with the settings (one transaction). */
async function tryWrite(next: Settings, request?: { key: string; record: unknown }): Promise<boolean> {
  const { revision = 0, ...data } = next;
  const conditions =
    revision === 0
      ? new Filter<SettingsEntity>().and('revision', FilterConditions.notExists())
      : new Filter<SettingsEntity>().and('revision', FilterConditions.equalTo(revision));
  const tx = kvs
    .transact()
    .set(SETTINGS_KEY, { revision: revision + 1, data }, { entityName: ENTITIES.settings, conditions })
    .set(KEYS.settingsVersion(data.config.version), data);
  if (request) tx.set(request.key, request.record);
  return committed(() => tx.execute());
}

/**
 * Replaces the CSI-admin list, keeping everything else as stored: re-read and retried when another
 * save came first (the configuration saved meanwhile is kept, never overwritten). `requestKey`
 * commits in the same transaction (a client request id).
 */
export async function saveCsiAdmins(accountIds: readonly string[], requestKey?: string): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt += 1) {
    // The same request arriving twice at once: the other call's save is this one's.
    if (attempt > 0 && requestKey && (await kvs.get(requestKey)) !== undefined) return;
    const current = await loadSettings();
    const request = requestKey ? { key: requestKey, record: { csiAdmins: accountIds.length } } : undefined;
    if (await tryWrite({ ...current, csiAdmins: [...accountIds] }, request)) return;
  }
  throw new Error('The settings kept changing while saving the CSI admins; gave up after 5 attempts');
}
