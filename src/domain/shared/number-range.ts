/**
 * A range of numbers an input may take, chosen so that every computation on it stays finite and
 * meaningful (no overflow to Infinity, no underflow to subnormal values, no division by zero).
 */
export interface NumberRange {
  min: number;
  max: number;
  /** Whole numbers only. */
  whole?: boolean;
  /** Values other than 0 must be at least this large in size (keeps ratios and shares meaningful). */
  minMagnitude?: number;
  /** 0 is refused (for example a baseline that a relative change divides by). */
  nonZero?: boolean;
}

/**
 * The one message for every way a number can miss its range (not a number, NaN, Infinity, a string of
 * digits, a fraction where a whole number is needed, too small, too large): it always states the range.
 *
 * @example
 * rangeMessage({ min: 0, max: 3650, whole: true }); // 'Enter a whole number from 0 to 3650'
 * rangeMessage({ min: -1e9, max: 1e9, minMagnitude: 1e-6, nonZero: true });
 * // 'Enter a number from -1000000000 to 1000000000, not 0 and at least 0.000001 in size'
 */
export function rangeMessage(range: NumberRange): string {
  const base = `Enter a ${range.whole === true ? 'whole number' : 'number'} from ${range.min} to ${range.max}`;
  const tiny = range.minMagnitude === undefined ? '' : `at least ${range.minMagnitude} in size`;
  if (range.nonZero === true) return `${base}, not 0${tiny ? ` and ${tiny}` : ''}`;
  return tiny ? `${base} (0, or ${tiny})` : base;
}

/**
 * Whether `value` is a number inside `range`. Total: anything that is not a finite number (NaN,
 * Infinity, strings, null) is outside every range.
 *
 * @example
 * inRange(1e308, { min: 0, max: 1000 }); // false
 * inRange(5e-324, { min: -1e9, max: 1e9, minMagnitude: 1e-6 }); // false
 * inRange(0, { min: -1e9, max: 1e9, minMagnitude: 1e-6 }); // true
 */
export function inRange(value: unknown, range: NumberRange): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (value < range.min || value > range.max) return false;
  if (range.whole === true && !Number.isSafeInteger(value)) return false;
  if (value === 0) return range.nonZero !== true;
  return range.minMagnitude === undefined || Math.abs(value) >= range.minMagnitude;
}
