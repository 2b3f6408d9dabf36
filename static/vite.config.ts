import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { inlineTokens } from './build/inline-tokens';
import { lazyImports } from './build/lazy-imports';
import { pruneClassTables } from './build/class-tables';
import { mergeSurfaceCss } from './build/surface-css';
import { dropUnrenderedElementRules } from './build/unrendered-elements';
import { tokenBaseSheet } from './build/token-base-sheet';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * One Custom UI build for every module of the app (Forge `resources` entry `static/dist`).
 * `base: './'` because Forge serves the resource from a path it chooses; the shared contract in
 * `../src/contracts` is bundled through the `@contracts` alias.
 */
export default defineConfig({
  root: here,
  base: './',
  plugins: [
    inlineTokens(/[\\/]static[\\/]src[\\/].*\.tsx?$/),
    // Shape, spacing and typography tokens (the same in both colour modes) in the entry's style sheet,
    // trimmed to the properties the build reads; the colour theme is the host's (src/app/theme.ts).
    tokenBaseSheet(/[\\/]static[\\/]src[\\/]ui[\\/]global\.css$/, ['shape', 'spacing', 'typography']),
    lazyImports([
      {
        importer: /@atlaskit[\\/]section-message[\\/]dist[\\/]/,
        sources: ['@atlaskit/button/icon/button', '@atlaskit/button/standard-button', '@atlaskit/link/link'],
      },
      { importer: /@atlaskit[\\/]dynamic-table[\\/]dist[\\/]/, sources: ['@atlaskit/pagination'] },
      // Only an interactive lozenge (onClick) is a Pressable, only one with a metric has a Badge.
      {
        importer: /@atlaskit[\\/]lozenge[\\/]dist[\\/]/,
        sources: ['@atlaskit/primitives/pressable', '@atlaskit/badge/badge-new'],
      },
      // The ButtonGroup (emotion) appears only with both a primary and a secondary action.
      { importer: /@atlaskit[\\/]empty-state[\\/]dist[\\/]/, sources: ['@atlaskit/button/button-group'] },
      {
        importer: /@atlaskit[\\/]dynamic-table[\\/]dist[\\/]/,
        sources: ['@atlaskit/tooltip/Tooltip'],
        fallback: 'children',
      },
    ]),
    react(),
    // The entries of Atlaskit's compiled value tables no code can look up, and their CSS rules.
    pruneClassTables(),
    // css-reset's rules for elements the app never creates (blockquote, abbr, figure, ...).
    dropUnrenderedElementRules(),
    // One boot style sheet per surface instead of 8 to 11 per-chunk files (static/build/surface-css.ts).
    mergeSurfaceCss(/[\\/]static[\\/]src[\\/]app[\\/]surfaces\.ts$/),
  ],
  resolve: {
    alias: [
      { find: '@contracts', replacement: path.resolve(here, '../src/contracts') },
      // Only the bridge APIs the app calls (see src/app/forge-bridge.ts), not the whole CommonJS index.
      { find: /^@forge\/bridge$/, replacement: path.resolve(here, 'src/app/forge-bridge.ts') },
      // The bridge's getContext needs only @forge/i18n's ensureLocale; its index brings the whole
      // translation runtime, lodash and tslib (CommonJS, so nothing is tree-shaken).
      {
        find: /^@forge\/i18n$/,
        replacement: path.resolve(here, '../node_modules/@forge/i18n/out/ensureLocale.js'),
      },
      {
        find: /^token-themes\/(.*)$/,
        replacement: path.resolve(here, '../node_modules/@atlaskit/tokens/dist/esm/artifacts/themes/$1.js'),
      },
      { find: /^forge-bridge-out\/(.*)$/, replacement: path.resolve(here, '../node_modules/@forge/bridge/out/$1') },
      // Atlaskit's flag client is never initialised in an iframe (every flag is off); the stub keeps
      // the Statsig SDK out of the bundle. See src/app/feature-gates-off.ts.
      {
        find: /^@atlaskit\/feature-gate-js-client\/feature-gates$/,
        replacement: path.resolve(here, 'src/app/feature-gates-off.ts'),
      },
    ],
  },
  define: {
    // Atlaskit reads process.env.NODE_ENV; the iframe has no `process`.
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  build: {
    outDir: path.resolve(here, 'dist'),
    emptyOutDir: true,
    target: 'es2020',
    // Atlaskit ships `:dir(rtl)` in its compiled CSS; lowering it for es2020 browsers doubles each
    // such rule into `:-webkit-any(:lang(ar),...)` and `:is(:lang(ar),...)` copies (tabs: 9 KB -> 24 KB).
    // These are the browsers Atlassian cloud supports (latest Chrome, Edge, Firefox, Safari), which
    // all have `:dir()`: https://support.atlassian.com/atlassian-cloud/docs/supported-browsers-for-atlassian-cloud-products/
    cssTarget: ['chrome120', 'edge120', 'firefox120', 'safari17'],
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    // Every browser Forge supports has <link rel="modulepreload">; without it the links are only hints.
    modulePreload: { polyfill: false },
    // .vite/manifest.json: the chunk graph, read by `npm run bench` for each surface's initial bytes.
    manifest: true,
  },
});
