let cached: string | undefined;

const THEMES = ['atlassian-light', 'atlassian-dark', 'atlassian-spacing', 'atlassian-typography', 'atlassian-shape'];

/**
 * The design-token themes Jira and Confluence inject into an app frame when it calls
 * `view.theme.enable()`: light, dark, spacing, typography and shape, selected by `data-theme`.
 */
export function themeCss(): string {
  cached ??= THEMES.map((name) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- generated CSS strings, no typings
    const theme = require(`@atlaskit/tokens/dist/cjs/artifacts/themes/${name}`) as { default: string };
    return theme.default;
  }).join('\n');
  return cached;
}
