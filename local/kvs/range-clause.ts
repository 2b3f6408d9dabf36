import { sortable } from './entity-values';

/** One side of an index range: `e.range_value <op> value`. */
export interface Bound {
  op: '>' | '>=' | '<';
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
 * condition with `>= ''`: a number comparison never matches text rows and vice versa. Only the
 * conditions in `SIMULATED_RANGE_CONDITIONS` reach here.
 */
export function rangeBounds(condition: string, values: unknown[]): RangeBounds {
  const a = sortable(values[0]) as string | number;
  const numeric = typeof a === 'number';
  if (condition === 'LESS_THAN') {
    return numeric
      ? { upper: { op: '<', value: a } }
      : { lower: { op: '>=', value: '' }, upper: { op: '<', value: a } };
  }
  const op = condition === 'GREATER_THAN' ? '>' : '>=';
  return numeric ? { lower: { op, value: a }, upper: { op: '<', value: '' } } : { lower: { op, value: a } };
}
