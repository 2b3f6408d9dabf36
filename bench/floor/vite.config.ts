import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The floor panel's own build (bench/floor): React 18 + @forge/bridge, no Atlaskit; output dir from --outDir. */
export default defineConfig({
  root: path.dirname(fileURLToPath(import.meta.url)),
  base: './',
  logLevel: 'silent',
  plugins: [react()],
});
