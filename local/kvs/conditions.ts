import { badRequest, KvsErrorCode } from './kvs-errors';
import type { FilterItem, Filters } from './kvs-schemas';

/** The conditions `FilterConditions` can produce (entity query filters and transaction conditions). */
const FILTER_CONDITIONS = new Set([
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

/** The conditions `WhereConditions` can produce (the range of an index query). */
export const RANGE_CONDITIONS = new Set([
  'BEGINS_WITH',
  'BETWEEN',
  'EQUAL_TO',
  'GREATER_THAN',
  'GREATER_THAN_EQUAL_TO',
  'LESS_THAN',
  'LESS_THAN_EQUAL_TO',
]);

/** Validated filters: one operator and its clauses. */
export interface CompiledFilter {
  operator: 'and' | 'or';
  items: FilterItem[];
}

/** Checks a `{ and } | { or }` filter the way the platform documents, then returns it compiled. */
export function compileFilters(filters: Filters): CompiledFilter {
  if (filters.and && filters.or) {
    throw badRequest(
      KvsErrorCode.INVALID_FILTER_OPERATORS_COMBINATION,
      'Filter operators "and" and "or" cannot be present at the same level',
    );
  }
  const operator = filters.and ? 'and' : 'or';
  const items = filters.and ?? filters.or ?? [];
  if (items.length === 0)
    throw badRequest(KvsErrorCode.EMPTY_FILTER_OPERATOR, 'Filter operators "and" and "or" cannot be empty');
  for (const item of items) validateCondition(item.condition, item.values, FILTER_CONDITIONS);
  return { operator, items };
}

/** Throws the documented 400 when a condition is unknown or has the wrong number of values. */
export function validateCondition(condition: string, values: unknown[], allowed: Set<string>): void {
  if (!allowed.has(condition)) {
    throw badRequest(KvsErrorCode.INVALID_FILTER_CONDITION, `The condition '${condition}' is not supported here`);
  }
  const expected = condition === 'BETWEEN' ? 2 : 1;
  if (values.length < expected) {
    throw badRequest(KvsErrorCode.INSUFFICIENT_FILTER_VALUES, `The condition ${condition} needs ${expected} value(s)`);
  }
  if (values.length > expected || !values.every(isScalar)) {
    throw badRequest(
      KvsErrorCode.INVALID_FILTER_VALUES,
      `The condition ${condition} takes ${expected} string, number or boolean value(s)`,
    );
  }
}

/** True when `value` (an entity value, or `{}` for a missing item) satisfies the filter. */
export function matchesFilter(filter: CompiledFilter, value: unknown): boolean {
  const record = isRecord(value) ? value : {};
  const test = (item: FilterItem) => matchesClause(item, record[item.property]);
  return filter.operator === 'and' ? filter.items.every(test) : filter.items.some(test);
}

function matchesClause({ condition, values }: FilterItem, actual: unknown): boolean {
  const [a, b] = values;
  switch (condition) {
    case 'EXISTS':
      return actual !== undefined;
    case 'NOT_EXISTS':
      return actual === undefined;
    case 'EQUAL_TO':
      return actual === a;
    case 'NOT_EQUAL_TO':
      return actual !== a;
    case 'BEGINS_WITH':
      return typeof actual === 'string' && actual.startsWith(String(a));
    case 'CONTAINS':
      return contains(actual, a);
    case 'NOT_CONTAINS':
      return !contains(actual, a);
    case 'BETWEEN':
      return compare(actual, a) >= 0 && compare(actual, b) <= 0;
    default:
      return matchesComparison(condition, compare(actual, a));
  }
}

function matchesComparison(condition: string, order: number): boolean {
  if (Number.isNaN(order)) return false;
  if (condition === 'GREATER_THAN') return order > 0;
  if (condition === 'GREATER_THAN_EQUAL_TO') return order >= 0;
  if (condition === 'LESS_THAN') return order < 0;
  if (condition === 'LESS_THAN_EQUAL_TO') return order <= 0;
  return false;
}

/** -1, 0 or 1 for two numbers or two strings; NaN when the types differ (no match). */
function compare(actual: unknown, expected: unknown): number {
  if (typeof actual === 'number' && typeof expected === 'number') return Math.sign(actual - expected);
  if (typeof actual === 'string' && typeof expected === 'string')
    return actual < expected ? -1 : actual > expected ? 1 : 0;
  return Number.NaN;
}

function contains(actual: unknown, needle: unknown): boolean {
  if (typeof actual === 'string') return actual.includes(String(needle));
  if (Array.isArray(actual)) return actual.includes(needle);
  return false;
}

function isScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** A plain JSON object (not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
