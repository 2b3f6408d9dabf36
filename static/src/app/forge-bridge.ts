import { close } from 'forge-bridge-out/view/close';
import { getContext } from 'forge-bridge-out/view/getContext';
import { submit } from 'forge-bridge-out/view/submit';
import { theme } from 'forge-bridge-out/view/theme';

/**
 * The parts of `@forge/bridge` this app calls, imported from their own modules. The package is
 * CommonJS and its index (and its `view` object) requires every API (object store, realtime,
 * events, the ADF renderer, ...), so importing it puts all of them in every surface's boot chunk.
 * Vite aliases `@forge/bridge` to this file (static/vite.config.ts) and static/tsconfig.json maps
 * the name here too, so using an API not listed below is a type error, not a runtime surprise.
 * The code is the package's own, unchanged.
 */
export { invoke } from 'forge-bridge-out/invoke/invoke';
export { router } from 'forge-bridge-out/router/router';

/** `view` with the calls the app makes: context, theming, and the macro editor's submit and close. */
export const view = { close, getContext, submit, theme };
