import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { defaultScoringConfig } from '../../domain/scoring/default-scoring-config';
import type { ScoringConfig } from '../../domain/scoring/scoring-config';
import { KEYS } from './keys';
import { isConflict } from './kvs-conflict';

const criterionSchema = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  direction: z.enum(['benefit', 'cost']),
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

export type Settings = Omit<z.infer<typeof settingsSchema>, 'config'> & { config: ScoringConfig };

/** The settings before any admin saved: the default criteria and no CSI admins. */
export function defaultSettings(): Settings {
  return { config: defaultScoringConfig(), changedBy: null, changedAt: null, reason: null, csiAdmins: [] };
}

/** Loads the current settings (one KVS get); stored data that no longer parses is a bug, not a default. */
export async function loadSettings(): Promise<Settings> {
  const raw = await kvs.get<unknown>(KEYS.settings);
  if (raw === undefined) return defaultSettings();
  return settingsSchema.parse(raw);
}

/**
 * Saves a new settings version. Writing the version key with FAIL_IF_EXISTS serialises concurrent
 * saves: two admins saving version N+1 at once cannot both win. Returns false on such a conflict.
 */
export async function saveSettings(next: Settings): Promise<boolean> {
  try {
    await kvs.set(KEYS.settingsVersion(next.config.version), next, { keyPolicy: 'FAIL_IF_EXISTS' });
  } catch (error) {
    if (isConflict(error)) return false;
    throw error;
  }
  await kvs.set(KEYS.settings, next);
  return true;
}

/**
 * Replaces the CSI-admin list. It is not part of the scoring configuration, so no new version is
 * written; the current settings are re-read first so a concurrent configuration save is kept.
 */
export async function saveCsiAdmins(accountIds: readonly string[]): Promise<void> {
  const current = await loadSettings();
  await kvs.set(KEYS.settings, { ...current, csiAdmins: [...accountIds] });
}
