/** The seed every property test runs with, so a failure on one machine reproduces on all. */
export const FIXED_SEED = 20_260_131;

/**
 * The seeds a property test runs with: the fixed one, plus a fresh random one that is logged so a
 * failure can be replayed with `PROPERTY_SEED=<seed> npx jest ...` (which then replaces the random one).
 *
 * @example
 * describe.each(propertySeeds('computeScore'))('computeScore properties (seed %i)', (seed) => { ... });
 */
export function propertySeeds(label: string): number[] {
  const fromEnv = Number.parseInt(process.env.PROPERTY_SEED ?? '', 10);
  const random = Number.isFinite(fromEnv) ? fromEnv : Math.floor(Math.random() * 0x7fffffff);
  console.log(`[${label}] fast-check seeds: fixed=${FIXED_SEED} random=${random} (replay: PROPERTY_SEED=${random})`);
  return [FIXED_SEED, random];
}
