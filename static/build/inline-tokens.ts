import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const require = createRequire(import.meta.url);

/** Token name to CSS custom property, from the installed @atlaskit/tokens (the table `token()` reads). */
function tokenNames(): Record<string, string> {
  const names = (require('@atlaskit/tokens/token-names') as { default: Record<string, string> }).default;
  if (typeof names !== 'object' || names === null) throw new Error('@atlaskit/tokens/token-names has no table');
  return names;
}

const CALL = /\btoken\(\s*'([\w.-]+)'\s*(?:,\s*'([^'\\]*)'\s*)?\)/g;
const IMPORTS_TOKEN = /import\s*\{[^}]*\btoken\b[^}]*\}\s*from\s*'@atlaskit\/tokens'/;

/**
 * Does at build time what `@atlaskit/tokens`' `token()` does at run time, as its Babel plugin
 * (`@atlaskit/tokens/babel-plugin`) does: `token('space.200')` becomes the string
 * `"var(--ds-space-200)"` (with the fallback, when one is given, as `token()` returns it). The
 * token table and its lookup then stay out of the bundle (4.4 KiB gzip), and a misspelt token name
 * fails the build instead of rendering an unset variable. Colours still come from the theme's CSS
 * variables, so light and dark mode are unchanged. Calls with a non-literal name are left as they are.
 */
export function inlineTokens(include: RegExp): Plugin {
  let names: Record<string, string> | null = null;
  return {
    name: 'csi-inline-tokens',
    enforce: 'pre',
    transform(code, id) {
      if (!include.test(id) || !IMPORTS_TOKEN.test(code)) return null;
      names ??= tokenNames();
      const table = names;
      const out = code.replace(CALL, (_call, name: string, fallback?: string) => {
        const cssVar = table[name];
        if (!cssVar) throw new Error(`Unknown design token '${name}' in ${id}`);
        return JSON.stringify(fallback ? `var(${cssVar}, ${fallback})` : `var(${cssVar})`);
      });
      return out === code ? null : { code: out, map: null };
    },
  };
}
