/**
 * The parts of `@forge/bridge` this app calls, imported from their own modules. The package is
 * CommonJS and its index requires every API (object store, realtime, i18n, feature flags, ...), so
 * importing the index puts all of them in every surface's boot chunk. Vite aliases `@forge/bridge`
 * to this file (static/vite.config.ts); the code is the package's own, unchanged.
 */
export { invoke } from 'forge-bridge-out/invoke/invoke';
export { router } from 'forge-bridge-out/router/router';
export { view } from 'forge-bridge-out/view/view';
