import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { SURFACE_CSS_FILE } from '../static/build/surface-css';

const manifestSchema = z.record(
  z.string(),
  z.object({
    file: z.string(),
    src: z.string().optional(),
    imports: z.array(z.string()).optional(),
    css: z.array(z.string()).optional(),
    isEntry: z.boolean().optional(),
  }),
);
type Manifest = z.infer<typeof manifestSchema>;

export interface SurfaceBytes {
  /** Gzip bytes of every JS chunk of the boot closure (theme files excluded). */
  js: number;
  /** Gzip bytes of the CSS files of the boot closure (shape, spacing and typography tokens included). */
  css: number;
  /**
   * Not in `css`: the app's own colour theme sheet (the larger of light and dark, a JS module that
   * carries one style sheet), awaited before first render only on a host that applied no colour
   * theme; after `view.theme.enable()` Jira and Confluence apply theirs (src/app/theme.ts).
   */
  colourFallback: number;
  /** Files fetched before first render: JS chunks and CSS files. */
  files: number;
  /** The JS chunk files of the closure, largest first (for finding what to cut). */
  chunks: Array<{ file: string; gzip: number }>;
}

/** The module that follows the host's colour mode before first render (static/src/app/theme.ts). */
const THEME_MODULE = 'src/app/theme.ts';
const THEMES = '/@atlaskit/tokens/dist/esm/artifacts/themes/atlassian-';

export function readManifest(distDir: string): Manifest {
  const manifestFile = join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error('No static/dist/.vite/manifest.json: run `npm run build`');
  return manifestSchema.parse(JSON.parse(readFileSync(manifestFile, 'utf8')));
}

/** The merged boot style sheet of each surface, by manifest key, when the build wrote them. */
function readSurfaceCss(distDir: string): Record<string, string> {
  const file = join(distDir, SURFACE_CSS_FILE);
  return existsSync(file) ? z.record(z.string(), z.string()).parse(JSON.parse(readFileSync(file, 'utf8'))) : {};
}

const gzipOf = (distDir: string, file: string) => gzipSync(readFileSync(join(distDir, file))).length;

/**
 * Gzip bytes a surface needs before its first render: the entry chunk, the surface's chunk, the
 * theme module, every chunk those import statically and their CSS (from Vite's build manifest).
 * The shape, spacing and typography tokens are part of the entry's CSS (static/build/token-base-sheet.ts);
 * the colour theme is the host's once `view.theme.enable()` has resolved (the Forge docs,
 * design-tokens-and-theming), so the app's own colour sheet is reported apart (`colourFallback`).
 * Chunks loaded later (a dialog, a tab's form, a select opened on demand, motion tokens) are not counted.
 */
export function surfaceBytes(distDir: string, surfaceSource: string): SurfaceBytes {
  const manifest = readManifest(distDir);
  const keyOf = (suffix: string) => {
    const key = Object.keys(manifest).find((k) => k.endsWith(suffix));
    if (!key) throw new Error(`No chunk for ${suffix} in the build manifest`);
    return key;
  };
  const entry = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!entry) throw new Error('No entry chunk in the build manifest');
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  for (const key of [entry, keyOf(surfaceSource), keyOf(THEME_MODULE)]) visit(key);
  const chunks = [...seen].map((key) => ({ file: manifest[key]?.file ?? key, gzip: 0 }));
  for (const chunk of chunks) chunk.gzip = gzipOf(distDir, chunk.file);
  // A surface whose import preloads one merged sheet (static/build/surface-css.ts) loads the entry's
  // CSS (index.html) and that sheet; otherwise every CSS file of its chunks.
  const merged = readSurfaceCss(distDir)[keyOf(surfaceSource)];
  const cssFiles = new Set(
    merged ? [...(manifest[entry]?.css ?? []), merged] : [...seen].flatMap((key) => manifest[key]?.css ?? []),
  );
  const sheets = [...cssFiles].reduce((sum, file) => sum + gzipOf(distDir, file), 0);
  const colourSheet = (mode: 'light' | 'dark') => gzipOf(distDir, manifest[keyOf(`${THEMES}${mode}.js`)]?.file ?? mode);
  return {
    js: chunks.reduce((sum, c) => sum + c.gzip, 0),
    css: sheets,
    colourFallback: Math.max(colourSheet('light'), colourSheet('dark')),
    files: chunks.length + cssFiles.size,
    chunks: chunks.sort((a, b) => b.gzip - a.gzip),
  };
}

/** Every surface of the Custom UI, by the source of its chunk (static/src/app/surfaces.ts). */
export const BOOT_SURFACES = [
  { name: 'issue panel', source: 'surfaces/issue-panel/IssuePanel.tsx' },
  { name: 'programme page', source: 'surfaces/programme/ProgrammePage.tsx' },
  { name: 'admin page', source: 'surfaces/admin/AdminPage.tsx' },
  { name: 'project page', source: 'surfaces/project-page/ProjectPage.tsx' },
  { name: 'decision-log macro', source: 'surfaces/decision-log-macro/DecisionLogMacro.tsx' },
  { name: 'decision-log config', source: 'surfaces/decision-log-macro/DecisionLogConfig.tsx' },
  { name: 'progress-report macro', source: 'surfaces/progress-report/ProgressReportMacro.tsx' },
  { name: 'progress-report config', source: 'surfaces/progress-report/ProgressReportConfig.tsx' },
  { name: 'propose action', source: 'surfaces/propose/ProposeDialog.tsx' },
  { name: 'lessons macro', source: 'surfaces/lessons/LessonsSurface.tsx' },
  { name: 'maturity macro', source: 'surfaces/maturity/MaturityMacro.tsx' },
  { name: 'maturity config', source: 'surfaces/maturity/MaturityConfig.tsx' },
] as const;

// `npx tsx bench/bundle-sizes.ts [--chunks]`: the boot closure of every surface, after `npm run build`.
if (process.argv[1]?.endsWith('bundle-sizes.ts')) {
  const dist = join(__dirname, '..', 'static', 'dist');
  const kib = (n: number) => (n / 1024).toFixed(1).padStart(6);
  console.log('surface                  JS KiB  CSS KiB (+ own colour sheet where the host applies none)  files');
  for (const s of BOOT_SURFACES) {
    const b = surfaceBytes(dist, s.source);
    console.log(`${s.name.padEnd(24)} ${kib(b.js)}  ${kib(b.css)} (+${kib(b.colourFallback)})  ${b.files}`);
    if (process.argv.includes('--chunks'))
      for (const c of b.chunks.slice(0, 12)) console.log(`    ${kib(c.gzip)}  ${c.file}`);
  }
}
