let cached: string | undefined;

const THEMES = ['atlassian-light', 'atlassian-dark'];

/**
 * The design-token theme Jira and Confluence apply in an app frame that calls `view.theme.enable()`,
 * as far as the Forge docs show it (mirror/design-tokens-and-theming/index.md, "Using design
 * tokens": `<html data-theme="dark:dark light:light" data-color-mode="dark">` with the colour theme's
 * `<style data-theme="dark">`): the light and dark colour themes, selected by `data-color-mode`. The
 * docs show no spacing, typography or shape sheet, so the app brings those itself. The workbench
 * chrome (layout.ts) reads colour tokens only.
 */
export function themeCss(): string {
  cached ??= THEMES.map((name) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- generated CSS strings, no typings
    const theme = require(`@atlaskit/tokens/dist/cjs/artifacts/themes/${name}`) as { default: string };
    return theme.default;
  }).join('\n');
  return cached;
}
