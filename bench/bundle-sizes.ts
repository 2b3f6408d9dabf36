import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';

const manifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    imports: z.array(z.string()).optional(),
    css: z.array(z.string()).optional(),
    isEntry: z.boolean().optional(),
  }),
);

export interface SurfaceBytes {
  js: number;
  css: number;
  files: number;
}

/**
 * Gzip bytes a surface needs before it can render: the entry chunk, the surface's lazy chunk and
 * every chunk they import statically, with their CSS (from Vite's build manifest). Chunks loaded
 * later (a detail dialog, the other tab) are not counted.
 */
export function surfaceBytes(distDir: string, surfaceSource: string): SurfaceBytes {
  const manifestFile = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error('No static/dist/.vite/manifest.json: run `npm run build`');
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(manifestFile, 'utf8')));
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  const surface = Object.keys(manifest).find((k) => k.endsWith(surfaceSource));
  if (!entry || !surface) throw new Error(`No chunk for ${surfaceSource} in the build manifest`);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  visit(entry);
  visit(surface);
  let js = 0;
  let css = 0;
  const cssFiles = new Set<string>();
  for (const key of seen) {
    const chunk = manifest[key];
    if (!chunk) continue;
    js += gzipSync(readFileSync(join(distDir, chunk.file))).length;
    for (const file of chunk.css ?? []) cssFiles.add(file);
  }
  for (const file of cssFiles) css += gzipSync(readFileSync(join(distDir, file))).length;
  return { js, css, files: seen.size + cssFiles.size };
}
