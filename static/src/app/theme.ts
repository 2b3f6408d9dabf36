import type { AppContext } from './forge-context';
import { loadThemeSheet } from './theme-sheets';

type ColorMode = 'light' | 'dark';

/** The `data-theme` value the Forge docs show a themed app frame with (design-tokens-and-theming). */
const HOST_THEME_ATTRIBUTE = 'dark:dark light:light';

function readMode(context: AppContext): ColorMode {
  const fromHost = document.documentElement.getAttribute('data-color-mode') ?? context.theme?.colorMode;
  if (fromHost === 'dark' || fromHost === 'light') return fromHost;
  // `auto` follows the system, as setGlobalTheme resolves it.
  if (fromHost === 'auto') return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  return 'light';
}

/** Whether a colour theme already defines the tokens on <html> (as the host's does after `view.theme.enable()`). */
const hasColourTokens = () => getComputedStyle(document.documentElement).getPropertyValue('--ds-text').trim() !== '';

/**
 * Follows the host's colour mode. The Forge docs (design-tokens-and-theming; bridge `view.theme`):
 * `view.theme.enable()` "will fetch the current active theme from the host environment (e.g. Jira)
 * and apply it in your app", keeps it in sync with the host, and awaited before mounting makes the
 * tokens "available before the first render": the host sets `data-color-mode` and `data-theme` on
 * <html> and adds the theme's `<style data-theme>`. So on a host that did, this loads no colour
 * sheet; where no colour theme is applied (theming refused, an older host) it loads Atlaskit's own
 * sheet for the mode (bundled, no network) and sets the documented attributes, and it does so again
 * when the mode changes to one the page has no sheet for. Shape, spacing and typography come with
 * the entry's style sheet; motion loads after first render, not awaited (its tokens carry fallbacks).
 */
export function followHostTheme(context: AppContext): Promise<void> {
  const html = document.documentElement;
  let applied: ColorMode | null = null;
  const apply = (): Promise<void> => {
    const mode = readMode(context);
    if (mode === applied) return Promise.resolve();
    applied = mode;
    void loadThemeSheet('motion').catch(() => undefined);
    if (hasColourTokens()) return Promise.resolve();
    return loadThemeSheet(mode)
      .then(() => {
        if (!html.hasAttribute('data-theme')) html.setAttribute('data-theme', HOST_THEME_ATTRIBUTE);
        if (html.getAttribute('data-color-mode') !== mode) html.setAttribute('data-color-mode', mode);
      })
      .catch(() => undefined);
  };
  new MutationObserver(() => void apply()).observe(html, { attributes: true, attributeFilter: ['data-color-mode'] });
  return apply();
}
