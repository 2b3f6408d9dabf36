import type { AppContext } from './forge-context';
import { loadThemeSheet, THEME_ATTRIBUTE } from './theme-sheets';

type ColorMode = 'light' | 'dark';

function readMode(context: AppContext): ColorMode {
  const fromHost = document.documentElement.getAttribute('data-color-mode') ?? context.theme?.colorMode;
  if (fromHost === 'dark' || fromHost === 'light') return fromHost;
  // `auto` follows the system, as setGlobalTheme resolves it.
  if (fromHost === 'auto') return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  return 'light';
}

/**
 * Follows the host's colour mode. After `view.theme.enable()` the host sets `data-color-mode` on
 * <html>; this loads the matching design-token CSS (bundled, no network) with the spacing,
 * typography and shape sheets (motion after, not awaited), sets the `data-theme` attribute the sheets select on, and
 * re-applies when the host switches mode, so every token in the app resolves in light and dark.
 */
export function followHostTheme(context: AppContext): Promise<void> {
  const html = document.documentElement;
  let applied: ColorMode | null = null;
  const apply = (): Promise<void> => {
    const mode = readMode(context);
    if (mode === applied) return Promise.resolve();
    applied = mode;
    // Motion (keyframes and durations) only matters once something animates, after first render;
    // every motion token Atlaskit's CSS uses carries its own fallback. It loads without being awaited.
    void loadThemeSheet('motion').catch(() => undefined);
    return Promise.all([mode, 'shape', 'spacing', 'typography'].map((id) => loadThemeSheet(id as never)))
      .then(() => {
        html.setAttribute('data-theme', THEME_ATTRIBUTE);
        if (html.getAttribute('data-color-mode') !== mode) html.setAttribute('data-color-mode', mode);
      })
      .catch(() => undefined);
  };
  new MutationObserver(() => void apply()).observe(html, { attributes: true, attributeFilter: ['data-color-mode'] });
  return apply();
}
