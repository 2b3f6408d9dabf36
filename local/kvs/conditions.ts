import { badRequest, KvsErrorCode, notSimulated } from './kvs-errors';
import type { FilterItem, Filters } from './kvs-schemas';

/** The conditions `FilterConditions` of @forge/kvs can produce (entity query filters, transaction conditions). */
const PLATFORM_FILTER_CONDITIONS = new Set([
  'BEGINS_WITH',
  'BETWEEN',
  'CONTAINS',
  'NOT_CONTAINS',
  'EQUAL_TO',
  'NOT_EQUAL_TO',
  'EXISTS',
  'NOT_EXISTS',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_EQUAL_TO',
]);

/** The conditions `WhereConditions` of @forge/kvs can produce (the range of an index query). */
export const PLATFORM_RANGE_CONDITIONS = new Set([
  'BEGINS_WITH',
  'BETWEEN',
  'EQUAL_TO',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_EQUAL_TO',
]);

/**
 * The filter conditions the host simulates: those the app's filters and transaction conditions
 * use (src/adapters/storage: equalTo, notEqualTo, contains, greaterThanEqualTo, lessThanEqualTo,
 * notExists). Any other platform condition answers `501 NOT_SIMULATED`.
 */
const SIMULATED_FILTER_CONDITIONS = new Set([
  'EQUAL_TO',
  'NOT_EQUAL_TO',
  'CONTAINS',
  'GREATER_THAN_EQUAL_TO',
  'LESS_THAN_EQUAL_TO',
  'NOT_EXISTS',
]);

/** The range conditions the host simulates: those of the app's index queries (see range-clause.ts). */
export const SIMULATED_RANGE_CONDITIONS = new Set(['GREATER_THAN', 'GREATER_THAN_EQUAL_TO', 'LESS_THAN']);

/** Validated filters: their clauses, all of which must hold. */
export interface CompiledFilter {
  items: FilterItem[];
}

/** Checks an `{ and }` filter the way the platform documents, then returns it compiled. */
export function compileFilters(filters: Filters): CompiledFilter {
  if (filters.and.length === 0)
    throw badRequest(KvsErrorCode.EMPTY_FILTER_OPERATOR, 'Filter operators "and" and "or" cannot be empty');
  for (const item of filters.and) {
    validateCondition(item.condition, item.values, PLATFORM_FILTER_CONDITIONS, SIMULATED_FILTER_CONDITIONS);
  }
  return { items: filters.and };
}

/**
 * Throws the documented 400 when a condition is unknown or has the wrong number of values, and
 * `501 NOT_SIMULATED` for a platform condition the host does not simulate.
 */
export function validateCondition(
  condition: string,
  values: unknown[],
  platform: Set<string>,
  simulated: Set<string>,
): void {
  if (!platform.has(condition)) {
    throw badRequest(KvsErrorCode.INVALID_FILTER_CONDITION, `The condition '${condition}' is not supported here`);
  }
  if (!simulated.has(condition)) throw notSimulated(`the condition ${condition} here`);
  // Every simulated condition takes one value (notExists() sends `[true]`).
  if (values.length < 1) {
    throw badRequest(KvsErrorCode.INSUFFICIENT_FILTER_VALUES, `The condition ${condition} needs 1 value`);
  }
  if (values.length > 1 || !values.every(isScalar)) {
    throw badRequest(
      KvsErrorCode.INVALID_FILTER_VALUES,
      `The condition ${condition} takes 1 string, number or boolean value`,
    );
  }
}

/** True when `value` (an entity value, or `{}` for a missing item) satisfies every clause. */
export function matchesFilter(filter: CompiledFilter, value: unknown): boolean {
  const record = isRecord(value) ? value : {};
  return filter.items.every((item) => matchesClause(item, record[item.property]));
}

function matchesClause({ condition, values }: FilterItem, actual: unknown): boolean {
  const [a] = values;
  switch (condition) {
    case 'NOT_EXISTS':
      return actual === undefined;
    case 'EQUAL_TO':
      return actual === a;
    case 'NOT_EQUAL_TO':
      return actual !== a;
    case 'CONTAINS':
      return typeof actual === 'string' ? actual.includes(String(a)) : Array.isArray(actual) && actual.includes(a);
    case 'GREATER_THAN_EQUAL_TO':
      return compare(actual, a) >= 0;
    default:
      return compare(actual, a) <= 0;
  }
}

/** -1, 0 or 1 for two numbers or two strings; NaN when the types differ (no comparison matches). */
function compare(actual: unknown, expected: unknown): number {
  if (typeof actual === 'number' && typeof expected === 'number') return Math.sign(actual - expected);
  if (typeof actual === 'string' && typeof expected === 'string')
    return actual < expected ? -1 : actual > expected ? 1 : 0;
  return Number.NaN;
}

function isScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** A plain JSON object (not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
