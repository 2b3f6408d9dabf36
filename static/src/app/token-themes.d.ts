/** @atlaskit/tokens' generated theme modules (static/vite.config.ts alias): one CSS string each. */
declare module 'token-themes/*' {
  const css: string;
  export default css;
}
