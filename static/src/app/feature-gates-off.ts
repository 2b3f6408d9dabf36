/**
 * Stands in for `@atlaskit/feature-gate-js-client/feature-gates` (see vite.config.ts). Atlaskit
 * components ask it about their internal rollout flags; in a Custom UI iframe nobody initialises
 * the real client, so it answers "off" / the default to every question anyway. This answers the
 * same without bundling the Statsig client (about 40 KB gzip) or any code able to call Statsig.
 */
const FeatureGates = {
  checkGate: (_gate: string): boolean => false,
  getExperimentValue: <T>(_experiment: string, _parameter: string, defaultValue: T): T => defaultValue,
  initializeCalled: (): boolean => false,
  initializeCompleted: (): boolean => false,
};

export default FeatureGates;
