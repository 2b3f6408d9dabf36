import type { ComputedScore } from '../../application/initiative-record';

/** The issue property that JQL searches through the manifest's search aliases. */
export const SCORE_PROPERTY_KEY = 'csi-score';

/**
 * The `csi-score` property's value for a computed score (class, completeness and MVI for JQL) and,
 * when given, the initiative's lifecycle stage (`state`, JQL's `csiState`).
 */
export function propertyValue(computed: ComputedScore, state?: string): Record<string, unknown> {
  return {
    score: computed.score,
    class: computed.initiativeClass,
    complete: String(computed.complete),
    mvi: computed.mvi.status,
    configVersion: computed.configVersion,
    ...(state !== undefined ? { state } : {}),
  };
}
