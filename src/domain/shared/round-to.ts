/**
 * Rounds half up to a number of decimals, without the binary surprises of `Math.round(x * 100) / 100`
 * (1.005 rounds to 1.01 here). Non-finite input comes back unchanged; `-0` becomes `0`.
 *
 * The scaled value is first cut to 15 significant digits, which removes representation error while
 * keeping the function monotonic (a larger input never rounds to a smaller output).
 *
 * @example
 * roundTo(66.66666, 1); // 66.7
 * roundTo(1.005, 2); // 1.01
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Number((value * factor).toPrecision(15));
  return Math.round(scaled) / factor + 0;
}
