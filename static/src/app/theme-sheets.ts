/**
 * The design-token style sheets of @atlaskit/tokens (its generated `artifacts/themes` modules,
 * aliased `token-themes/*` in static/vite.config.ts), loaded as `setGlobalTheme` loads them: one
 * `<style data-theme="id">` each, appended once. Loading them here instead of through
 * `setGlobalTheme` keeps its custom-theme, contrast and listener machinery (8 KiB gzip) out of
 * every surface; the sheets, and so light and dark mode, are Atlaskit's own.
 */
const SHEETS = {
  light: () => import('token-themes/atlassian-light'),
  dark: () => import('token-themes/atlassian-dark'),
  shape: () => import('token-themes/atlassian-shape'),
  spacing: () => import('token-themes/atlassian-spacing'),
  typography: () => import('token-themes/atlassian-typography'),
  motion: () => import('token-themes/atlassian-motion'),
} satisfies Record<string, () => Promise<{ default: string }>>;

export type ThemeSheet = keyof typeof SHEETS;

/** The `data-theme` value `setGlobalTheme` writes for the default themes (getThemeHtmlAttrs). */
export const THEME_ATTRIBUTE = 'dark:dark light:light motion:motion shape:shape spacing:spacing typography:typography';

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
