import path from 'node:path';
import type { Plugin, Rolldown } from 'vite';

type OutputChunk = Rolldown.OutputChunk;

/** The file, next to Vite's manifest, that names each surface's merged boot style sheet (read by the bench). */
export const SURFACE_CSS_FILE = '.vite/surface-css.json';

const MAP_DEPS_ARRAY = /m\.f=(\[[^\]]*\])/;
const MAP_DEPS_CALL = /__vite__mapDeps\(\[([\d,]*)\]\)/g;

/**
 * The top-level rules of a minified style sheet (`.a{...}`, `@media ...{...}`), in order. Strings
 * and nested blocks are kept whole; a sheet with `@import`, `@charset` or `@layer` is refused,
 * since concatenating such sheets would change what they mean.
 */
export function topLevelRules(css: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  let quote: string | null = null;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 1;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      rules.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  if (css.slice(start).trim()) throw new Error(`Unterminated CSS after ${css.slice(start, start + 80)}`);
  const refused = rules.find((r) => /^@(import|charset|layer)\b/i.test(r));
  if (refused) throw new Error(`Cannot merge a sheet with ${refused.slice(0, 40)}`);
  return rules.filter((r) => !r.startsWith('/*'));
}

/**
 * The sheets in load order as one: a rule that appears again later is kept only at its last place.
 * Both copies have the same text, so whatever the earlier copy beat the later one beats too, and
 * whatever beat the later one beat both: the cascade is the one the separate files gave.
 */
export function mergeSheets(sheets: readonly string[]): string {
  const rules = sheets.flatMap(topLevelRules);
  const last = new Map(rules.map((rule, i) => [rule, i]));
  return rules.filter((rule, i) => last.get(rule) === i).join('');
}

/** A chunk's `__vite__mapDeps` table (URLs relative to the chunk) and its rewriting. */
function depsTable(chunk: OutputChunk): { urls: string[]; write: () => void } | null {
  const found = MAP_DEPS_ARRAY.exec(chunk.code);
  if (!found?.[1]) return null;
  const urls = JSON.parse(found[1]) as string[];
  return {
    urls,
    // Writes the table back with only the entries a call still uses, renumbering the calls.
    write: () => {
      const used = [...new Set([...chunk.code.matchAll(MAP_DEPS_CALL)].flatMap((m) => (m[1] ?? '').split(',')))]
        .filter(Boolean)
        .map(Number)
        .sort((a, b) => a - b);
      const renumber = new Map(used.map((old, i) => [old, i]));
      chunk.code = chunk.code
        .replace(MAP_DEPS_CALL, (_call, list: string) =>
          list
            ? `__vite__mapDeps([${list
                .split(',')
                .map((i) => renumber.get(Number(i)))
                .join(',')}])`
            : '[]',
        )
        .replace(MAP_DEPS_ARRAY, () => `m.f=${JSON.stringify(used.map((i) => urls[i]))}`);
    },
  };
}

/**
 * One style sheet per surface instead of one per shared chunk: Vite splits CSS along its JS chunks,
 * so a surface waited for 8 to 11 small sheets before first render (each compressed on its own, and
 * atomic rules such as Atlaskit's `font: var(--ds-font-body)` repeated in several). After the build,
 * for each surface that `loaders` imports dynamically (src/app/surfaces.ts), the style sheets its
 * import preloads are merged, in the order they were appended, into one file, and the import
 * preloads that file instead. A later import from a chunk that only those surfaces load no longer
 * lists a sheet they all already have (it would otherwise fetch it again and re-apply its rules
 * later in the cascade). JS chunks and every other import are unchanged.
 */
export function mergeSurfaceCss(loaders: RegExp): Plugin {
  let root = '';
  return {
    name: 'csi-merge-surface-css',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    generateBundle: {
      // After Vite's import analysis has written every dynamic import's preload list.
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((o): o is OutputChunk => o.type === 'chunk');
        const loaderId = [...this.getModuleIds()].find((id) => loaders.test(id));
        const surfaceIds = loaderId ? (this.getModuleInfo(loaderId)?.dynamicallyImportedIds ?? []) : [];
        const host = chunks.find((c) => loaderId !== undefined && c.moduleIds.includes(loaderId));
        if (!host || surfaceIds.length === 0) throw new Error('No surface loaders found to merge CSS for');
        const byFile = new Map(chunks.map((c) => [c.fileName, c]));
        const fromChunk = (chunk: OutputChunk, url: string) => path.posix.join(path.posix.dirname(chunk.fileName), url);
        const toChunk = (chunk: OutputChunk, file: string) => {
          const rel = path.posix.relative(path.posix.dirname(chunk.fileName), file);
          return rel.startsWith('.') ? rel : `./${rel}`;
        };
        const cssSource = (file: string) => {
          const asset = bundle[file];
          if (asset?.type !== 'asset') throw new Error(`No CSS asset ${file}`);
          return String(asset.source);
        };

        const table = depsTable(host);
        if (!table) throw new Error(`No preload table in ${host.fileName}`);
        const surfaces: Array<{ key: string; css: string }> = [];
        host.code = host.code.replace(MAP_DEPS_CALL, (call, list: string) => {
          const indices = list.split(',').map(Number);
          const files = indices.map((i) => fromChunk(host, table.urls[i] as string));
          const target = byFile.get(files[0] as string);
          if (!target?.facadeModuleId || !surfaceIds.includes(target.facadeModuleId)) return call;
          const sheets = files.filter((f) => f.endsWith('.css'));
          if (sheets.length < 2) return call;
          const ref = this.emitFile({
            type: 'asset',
            name: `${target.name}-boot.css`,
            source: mergeSheets(sheets.map(cssSource)),
          });
          const merged = this.getFileName(ref);
          surfaces.push({
            key: path.relative(root, target.facadeModuleId).split(path.sep).join('/'),
            css: merged,
          });
          table.urls.push(toChunk(host, merged));
          const firstCss = files.findIndex((f) => f.endsWith('.css'));
          const kept = indices.filter((_, n) => !(files[n] as string).endsWith('.css'));
          kept.splice(firstCss, 0, table.urls.length - 1);
          return `__vite__mapDeps([${kept.join(',')}])`;
        });
        table.write();
        // Later imports (a tab's form, a dialog) keep their per-chunk sheets: a frame shows one
        // surface, but a shared chunk's import cannot know at build time which surface's merged sheet
        // the page has, so a sheet merged into it may be fetched once more and its (identical) rules
        // applied again after the rest. That costs bytes on first use, not before first render.
        this.emitFile({
          type: 'asset',
          fileName: SURFACE_CSS_FILE,
          source: `${JSON.stringify(Object.fromEntries(surfaces.map((s) => [s.key, s.css])), null, 2)}\n`,
        });
      },
    },
  };
}
