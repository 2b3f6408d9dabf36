import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

/** The selector of the block this plugin writes: specificity 0, so any theme sheet the host injects wins. */
const SELECTOR = ':where(:root)';
const BLOCK = /:where\(:root\)\{([^{}]*)\}/;
const DEFINITION = /(--ds-[\w-]+)\s*:([^;]*)(?:;|$)/g;
const NAME = /--ds-[\w-]+/g;
const MODE_INDEPENDENT_SHEET =
  /@atlaskit[\\/]tokens[\\/]dist[\\/]esm[\\/]artifacts[\\/]themes[\\/]atlassian-(motion|shape|spacing|typography)\.js$/;
const TOKENS_PACKAGE = /@atlaskit[\\/]tokens[\\/]dist[\\/]/;

/** Token name to CSS custom property (`space.100` -> `--ds-space-100`), the table `token()` reads. */
const tokenNames = () => (require('@atlaskit/tokens/token-names') as { default: Record<string, string> }).default;

/** The custom-property declarations of one of @atlaskit/tokens' generated theme sheets (one rule each). */
function declarationsOf(theme: string): string {
  const css = (require(`@atlaskit/tokens/dist/cjs/artifacts/themes/atlassian-${theme}`) as { default: string }).default;
  const body = /\{([^{}]*)\}/.exec(css)?.[1];
  if (typeof body !== 'string' || !body.includes('--ds-')) throw new Error(`Theme sheet ${theme} has no token rule`);
  return body.trim();
}

/**
 * Atlaskit's shape, spacing and typography token sheets (the same in light and dark mode) as part
 * of the app's global style sheet instead of three JS modules awaited before first render: one
 * `:where(:root) { --ds-space-100: 0.5rem; ... }` block prepended to `cssFile`. Atlaskit selects
 * its sheets with `html[data-theme~="spacing:spacing"]`, an attribute the Forge docs reserve to the
 * host ("should not be read or modified in any way", design-tokens-and-theming); `:where(:root)`
 * needs no attribute and has no specificity, so a sheet the host injects takes precedence.
 *
 * After the build, properties that no chunk or style sheet of the build names are dropped from the
 * block (a custom property only matters where something reads it; every `token()` the app calls is
 * inlined to its `var(--ds-...)` at build time, static/build/inline-tokens.ts, and Atlaskit's
 * compiled CSS and JS name theirs literally). A property read by a kept one is kept too.
 */
export function tokenBaseSheet(cssFile: RegExp, themes: readonly string[]): Plugin {
  return {
    name: 'csi-token-base-sheet',
    enforce: 'pre',
    transform(code, id) {
      // A mode-independent sheet the app still loads at run time (motion, after first render)
      // applies to the root the same way, without the host's attribute.
      if (MODE_INDEPENDENT_SHEET.test(id)) {
        const out = code
          .replace(/,\s*\[data-subtree-theme\]\[data-theme~=\\?"(\w+):\1\\?"\]/g, '')
          .replace(/html\[data-theme~=\\?"(\w+):\1\\?"\]/g, SELECTOR);
        if (out === code) throw new Error(`No data-theme selector to rewrite in ${id}`);
        return { code: out, map: null };
      }
      if (!cssFile.test(id)) return null;
      const block = `${SELECTOR} {\n${themes.map(declarationsOf).join('\n')}\n}\n`;
      return { code: block + code, map: null };
    },
    generateBundle(_options, bundle) {
      const outputs = Object.values(bundle);
      const host = outputs.find(
        (o) => o.type === 'asset' && o.fileName.endsWith('.css') && BLOCK.test(String(o.source)),
      );
      if (!host || host.type !== 'asset') throw new Error(`No ${SELECTOR} token block in the built CSS`);
      const source = String(host.source);
      const match = BLOCK.exec(source);
      if (!match?.[1]) return;
      // @atlaskit/tokens' own chunks (its theme sheets, the custom brand-theme generator with the
      // token-name table) name every token without reading one; a runtime `token('space.100')`
      // elsewhere would name it by its dotted name, which counts as a read.
      const readers = outputs.filter((o) => o.type !== 'chunk' || !o.moduleIds.every((m) => TOKENS_PACKAGE.test(m)));
      const elsewhere = readers
        .map((o) => (o === host ? source.replace(match[0], '') : o.type === 'chunk' ? o.code : String(o.source)))
        .join('\n');
      const used = new Set(elsewhere.match(NAME) ?? []);
      for (const [dotted, cssVar] of Object.entries(tokenNames()))
        if ([`'${dotted}'`, `"${dotted}"`, `\`${dotted}\``].some((q) => elsewhere.includes(q))) used.add(cssVar);
      const definitions = [...match[1].matchAll(DEFINITION)].map(([, name, value]) => ({
        name: name as string,
        value: (value as string).trim(),
      }));
      // A kept property's value may read another token (none do today, but the closure is cheap).
      let grew = true;
      while (grew) {
        grew = false;
        for (const d of definitions)
          if (used.has(d.name))
            for (const ref of d.value.match(NAME) ?? [])
              if (!used.has(ref)) {
                used.add(ref);
                grew = true;
              }
      }
      // Atlaskit's own text for each value: the CSS minifier rounds `--ds-radius-full: 624.9375rem`
      // to 624.938rem (9999.01px instead of 9999px).
      const original = new Map(
        [...themes.map(declarationsOf).join(';').matchAll(DEFINITION)].map(([, name, value]) => [
          name as string,
          (value as string).trim(),
        ]),
      );
      const kept = definitions
        .filter((d) => used.has(d.name))
        .map((d) => `${d.name}:${original.get(d.name) ?? d.value}`);
      host.source = source.replace(match[0], kept.length ? `${SELECTOR}{${kept.join(';')}}` : '');
    },
  };
}
