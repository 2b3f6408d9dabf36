import { sortable } from './entity-values';

/** One side of an index range: `e.range_value <op> value`. */
export interface Bound {
  op: '>' | '>=' | '<' | '<=';
  value: string | number;
}

/** The lower and upper bound of an index range condition (either may be open). */
export interface RangeBounds {
  lower?: Bound;
  upper?: Bound;
}

/**
 * The index range condition as bounds on `e.range_value`, so SQLite scans exactly one index range.
 * Stored range values have no affinity: every number sorts before every text, and `''` is the
 * least text. A one-sided numeric condition is therefore capped with `< ''` and a one-sided text
 * condition with `>= ''`: a number comparison never matches text rows and vice versa.
 */
export function rangeBounds(condition: string, values: unknown[]): RangeBounds {
  const [a, b] = values.map(sortable) as [string | number, string | number | undefined];
  const numeric = typeof a === 'number';
  const below = (op: '<' | '<='): RangeBounds =>
    numeric ? { upper: { op, value: a } } : { lower: { op: '>=', value: '' }, upper: { op, value: a } };
  const above = (op: '>' | '>='): RangeBounds =>
    numeric ? { lower: { op, value: a }, upper: { op: '<', value: '' } } : { lower: { op, value: a } };
  switch (condition) {
    case 'EQUAL_TO':
      return { lower: { op: '>=', value: a }, upper: { op: '<=', value: a } };
    case 'BETWEEN':
      return { lower: { op: '>=', value: a }, upper: { op: '<=', value: b ?? a } };
    case 'GREATER_THAN':
      return above('>');
    case 'GREATER_THAN_EQUAL_TO':
      return above('>=');
    case 'LESS_THAN':
      return below('<');
    case 'LESS_THAN_EQUAL_TO':
      return below('<=');
    default:
      return beginsWith(String(a));
  }
}

function beginsWith(prefix: string): RangeBounds {
  const upper = prefixUpperBound(prefix);
  return { lower: { op: '>=', value: prefix }, ...(upper === null ? {} : { upper: { op: '<', value: upper } }) };
}

/**
 * The least string greater than every string starting with `prefix` (in SQLite's binary order),
 * or null when there is none (empty prefix, or only U+10FFFF characters).
 */
export function prefixUpperBound(prefix: string): string | null {
  const codePoints = Array.from(prefix);
  while (codePoints.length > 0) {
    const last = (codePoints.pop() as string).codePointAt(0) as number;
    if (last < 0x10ffff) {
      // Skip the surrogate range: those code points cannot appear in valid UTF-8 text.
      const next = last + 1 === 0xd800 ? 0xe000 : last + 1;
      return codePoints.join('') + String.fromCodePoint(next);
    }
  }
  return null;
}
