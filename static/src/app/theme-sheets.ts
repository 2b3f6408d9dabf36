/**
 * The design-token style sheets of @atlaskit/tokens (its generated `artifacts/themes` modules,
 * aliased `token-themes/*` in static/vite.config.ts), loaded as `setGlobalTheme` loads them: one
 * `<style data-theme="id">` each, appended once. Loading them here instead of through
 * `setGlobalTheme` keeps its custom-theme, contrast and listener machinery (8 KiB gzip) out of
 * every surface; the sheets, and so light and dark mode, are Atlaskit's own.
 *
 * Shape, spacing and typography are not here: they are part of the entry's style sheet
 * (static/build/token-base-sheet.ts). The colour sheets are the host's after `view.theme.enable()`
 * (src/app/theme.ts) and load from here only where a host did not apply them, or for printing.
 * The motion sheet's `html[data-theme~="motion:motion"]` selector is rewritten at build time to
 * `:where(:root)` (static/build/token-base-sheet.ts): the Forge docs reserve `data-theme` to the host.
 */
const SHEETS = {
  light: () => import('token-themes/atlassian-light'),
  dark: () => import('token-themes/atlassian-dark'),
  motion: () => import('token-themes/atlassian-motion'),
} satisfies Record<string, () => Promise<{ default: string }>>;

export type ThemeSheet = keyof typeof SHEETS;

/** Appends the sheet for `id` unless the page already has it. */
export async function loadThemeSheet(id: ThemeSheet): Promise<void> {
  if (document.head.querySelector(`style[data-theme="${id}"]`)) return;
  const { default: css } = await SHEETS[id]();
  if (document.head.querySelector(`style[data-theme="${id}"]`)) return;
  const style = document.createElement('style');
  style.dataset.theme = id;
  style.textContent = css;
  document.head.appendChild(style);
}
