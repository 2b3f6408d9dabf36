import type { LoadedManifest, ManifestModule } from './manifest';

/**
 * Invocation limits, per the Forge docs page limits-invocation (snapshot
 * mirror/limits-invocation/index.md) and manifest-reference/modules/scheduled-trigger:
 * - every function: 25 runtime seconds ("Runtime seconds ... 25"; optimise-forge-costs: "25 seconds
 *   for standard functions"), product event triggers and UI resolvers included;
 * - functions referenced only by `consumer` or `scheduledTrigger` modules: 55 s by default, the
 *   function module's `timeoutSeconds` up to 900;
 * - front-end invocation (`invoke` from @forge/bridge): request payload 500 KB, response 5 MB.
 */
export const INVOCATION_LIMITS = {
  standardSeconds: 25,
  longRunningDefaultSeconds: 55,
  longRunningMaxSeconds: 900,
  invokeRequestBytes: 500 * 1024,
  invokeResponseBytes: 5 * 1024 * 1024,
} as const;

const LONG_RUNNING_TYPES = new Set(['consumer', 'scheduledTrigger']);

function referencingModules(manifest: LoadedManifest, functionKey: string): ManifestModule[] {
  return manifest.modules.filter((m) => m.function === functionKey || m.resolver?.function === functionKey);
}

function declaredTimeout(manifest: LoadedManifest, functionKey: string): number | undefined {
  const modules = (manifest.raw as { modules?: { function?: Array<{ key?: string; timeoutSeconds?: unknown }> } })
    .modules;
  const value = modules?.function?.find((f) => f.key === functionKey)?.timeoutSeconds;
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}

/** The runtime limit, in seconds, of one invocation of `functionKey`. */
export function timeoutSecondsOf(manifest: LoadedManifest, functionKey: string): number {
  const users = referencingModules(manifest, functionKey);
  const longRunning = users.length > 0 && users.every((m) => LONG_RUNNING_TYPES.has(m.type));
  if (!longRunning) return INVOCATION_LIMITS.standardSeconds;
  const declared = declaredTimeout(manifest, functionKey) ?? INVOCATION_LIMITS.longRunningDefaultSeconds;
  return Math.min(declared, INVOCATION_LIMITS.longRunningMaxSeconds);
}

/** UTF-8 bytes of a value as it travels between the frame and the function (JSON). */
export function payloadBytes(value: unknown): number {
  return value === undefined ? 0 : Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}
