import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';

const moduleSchema = z
  .object({
    key: z.string(),
    function: z.string().optional(),
    resolver: z.object({ function: z.string() }).optional(),
    resource: z.string().optional(),
    queue: z.string().optional(),
    events: z.array(z.string()).optional(),
    interval: z.string().optional(),
    title: z.string().optional(),
  })
  .passthrough();

const manifestSchema = z.object({
  modules: z.record(z.string(), z.array(moduleSchema)),
  app: z
    .object({
      storage: z.object({ entities: z.array(z.unknown()) }).optional(),
    })
    .passthrough(),
});

export type ManifestModule = z.infer<typeof moduleSchema> & { type: string };

/** The parts of manifest.yml the local host needs: modules by key and function handlers. */
export interface LoadedManifest {
  modules: ManifestModule[];
  moduleByKey(key: string): ManifestModule | undefined;
  /** `index.issuePanelResolver` -> `issuePanelResolver` for a function key. */
  handlerName(functionKey: string): string | undefined;
  entities: unknown[];
  raw: unknown;
}

/** Reads and checks manifest.yml; the host runs exactly the handlers it names. */
export function loadManifest(path: string): LoadedManifest {
  const raw: unknown = parse(readFileSync(path, 'utf8'));
  const manifest = manifestSchema.parse(raw);
  const modules: ManifestModule[] = Object.entries(manifest.modules).flatMap(([type, list]) =>
    list.map((m) => ({ ...m, type })),
  );
  const functions = new Map(
    (manifest.modules.function ?? []).map((f) => [f.key, String((f as { handler?: string }).handler ?? '')]),
  );
  return {
    modules,
    moduleByKey: (key) => modules.find((m) => m.key === key && m.type !== 'function'),
    handlerName: (functionKey) => functions.get(functionKey)?.split('.').pop(),
    entities: manifest.app.storage?.entities ?? [],
    raw,
  };
}
