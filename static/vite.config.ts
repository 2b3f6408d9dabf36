import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * One Custom UI build for every module of the app (Forge `resources` entry `static/dist`).
 * `base: './'` because Forge serves the resource from a path it chooses; the shared contract in
 * `../src/contracts` is bundled through the `@contracts` alias.
 */
export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  resolve: {
    alias: [
      { find: '@contracts', replacement: path.resolve(here, '../src/contracts') },
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
    sourcemap: false,
    chunkSizeWarningLimit: 600,
    // .vite/manifest.json: the chunk graph, read by `npm run bench` for each surface's initial bytes.
    manifest: true,
  },
});
