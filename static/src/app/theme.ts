import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';
import type { AppContext } from './forge-context';

type ColorMode = 'light' | 'dark' | 'auto';

function readMode(context: AppContext): ColorMode {
  const fromHost = document.documentElement.getAttribute('data-color-mode') ?? context.theme?.colorMode;
  return fromHost === 'dark' || fromHost === 'auto' ? fromHost : 'light';
}

/**
 * Follows the host's colour mode. After `view.theme.enable()` the host sets `data-color-mode` on
 * <html>; this loads the matching design-token CSS (bundled, no network) and re-applies it when the
 * host switches mode, so every `token()` in the app resolves in light and dark.
 */
export function followHostTheme(context: AppContext): Promise<void> {
  let applied: ColorMode | null = null;
  const apply = (): Promise<void> => {
    const mode = readMode(context);
    if (mode === applied) return Promise.resolve();
    applied = mode;
    return setGlobalTheme({
      colorMode: mode,
      light: 'light',
      dark: 'dark',
      spacing: 'spacing',
      typography: 'typography',
    })
      .then(() => undefined)
      .catch(() => undefined);
  };
  new MutationObserver(() => void apply()).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['data-color-mode'],
  });
  return apply();
}
