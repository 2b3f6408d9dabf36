import type { Plugin, Rolldown } from 'vite';
import { topLevelRules } from './surface-css';

/** Elements every frame has without the app creating them: index.html's, and the style sheets added at run time. */
const ALWAYS = new Set(['html', 'head', 'body', 'div', 'meta', 'title', 'link', 'script', 'style']);
const TYPE = /(?:^|[\s>+~(,])([a-z][a-z0-9]*)(?=$|[\s>+~.:#[),])/g;

/** Splits a selector list at its top-level commas (`a:not(b,c),d` is two selectors). */
function selectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out;
}

/**
 * Drops, from the entry's style sheet (css-reset's element rules), the selectors that name an
 * element no code of the build can create: React and Atlaskit create elements from string literals
 * (`jsx("blockquote")`, `as: "h2"`), so an element name that appears in no chunk as a string, and
 * starts no template literal (`h${level}` keeps h1 to h6), never exists in a frame, and a rule for it
 * never applies. Nothing else in the sheet changes.
 */
export function dropUnrenderedElementRules(): Plugin {
  return {
    name: 'csi-unrendered-element-rules',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
        const code = chunks.map((c) => c.code).join('\n');
        const literals = new Set([...code.matchAll(/(["'`])([a-z][a-z0-9]*)\1/g)].map((m) => m[2]));
        const heads = [...code.matchAll(/`([a-z][a-z0-9]*)\$\{/g)].map((m) => m[1] as string);
        const renderable = (name: string) =>
          ALWAYS.has(name) || literals.has(name) || heads.some((h) => name.startsWith(h));
        // Attribute values and `:not(...)` (which an absent element satisfies) name nothing required.
        const keep = (selector: string) =>
          [...selector.replace(/\[[^\]]*\]|"[^"]*"|:not\([^)]*\)/g, '[]').matchAll(TYPE)].every((m) =>
            renderable(m[1] as string),
          );
        const prune = (css: string): string =>
          topLevelRules(css)
            .map((rule) => {
              const open = rule.indexOf('{');
              const head = rule.slice(0, open);
              const body = rule.slice(open + 1, -1);
              if (head.startsWith('@')) {
                if (!/^@(media|supports|-moz-document)\b/.test(head)) return rule;
                const inner = prune(body);
                return inner ? `${head}{${inner}}` : '';
              }
              const kept = selectors(head).filter(keep);
              return kept.length ? `${kept.join(',')}{${body}}` : '';
            })
            .join('');
        const entry = chunks.find((c) => c.isEntry);
        const files = [...(entry?.viteMetadata?.importedCss ?? [])];
        const sheets = files.map((f) => bundle[f]).filter((o): o is Rolldown.OutputAsset => o?.type === 'asset');
        if (sheets.length === 0) throw new Error('No entry style sheet to trim');
        for (const sheet of sheets) sheet.source = prune(String(sheet.source));
      },
    },
  };
}
