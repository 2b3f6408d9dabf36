import type { ProductIssue } from '../product-types';
import type { Clause, Operand, Operator, SortKey } from './jql-ast';
import { JqlError } from './jql-error';
import type { FieldKind, JqlField, JqlValue } from './jql-fields';
import { parseJqlDate } from './jql-dates';

const EMPTY = Symbol('EMPTY');
type Canon = JqlValue | typeof EMPTY;

const EQUALITY: Operator[] = ['=', '!=', 'in', 'not in', 'is', 'is not'];
const ORDERED: Operator[] = [...EQUALITY, '>', '>=', '<', '<='];
const OPERATORS: Record<FieldKind, Operator[]> = {
  exact: EQUALITY,
  multi: EQUALITY,
  number: ORDERED,
  date: ORDERED,
  text: ['~', '!~', 'is', 'is not'],
};

/** What operands may refer to besides literal values. */
export interface EvalEnv {
  accountId: string | undefined;
  now: Date;
}

/** Jira's error for fields that do not exist or are not visible. */
export const unknownField = (name: string) =>
  new JqlError(`Field '${name}' does not exist or you do not have permission to view it.`);

function resolveOperand(field: JqlField, operand: Operand, env: EvalEnv): Canon[] {
  if (operand.kind === 'empty') return [EMPTY];
  if (operand.kind === 'function') {
    const name = operand.name.toLowerCase();
    if (name === 'currentuser' && field.kind === 'exact') return env.accountId ? [env.accountId] : [];
    if (name === 'now' && field.kind === 'date') return [env.now.getTime()];
    throw new JqlError(`Unable to find JQL function '${operand.name}()'.`);
  }
  if (field.resolve) return [field.resolve(operand.text)];
  if (field.kind === 'number') {
    const n = Number(operand.text);
    if (operand.text.trim() === '' || Number.isNaN(n))
      throw new JqlError(`Value '${operand.text}' is invalid for the '${field.name}' field.`);
    return [n];
  }
  if (field.kind === 'date') return [parseJqlDate(operand.text, field.name, env.now)];
  return [operand.text];
}

const same = (a: JqlValue, b: Canon) =>
  typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;

function test(values: JqlValue[], op: Operator, operands: Canon[]): boolean {
  const hit = (o: Canon) => (o === EMPTY ? values.length === 0 : values.some((v) => same(v, o)));
  const first = operands[0];
  const term = String(first).toLowerCase();
  const cmp = (f: (v: number, o: number) => boolean) =>
    values.some((v) => typeof v === 'number' && typeof first === 'number' && f(v, first));
  switch (op) {
    case 'is':
    case '=':
    case 'in':
      return operands.some(hit);
    case 'is not':
    case '!=':
    case 'not in':
      return values.length > 0 && !operands.some(hit);
    case '>':
      return cmp((v, o) => v > o);
    case '>=':
      return cmp((v, o) => v >= o);
    case '<':
      return cmp((v, o) => v < o);
    case '<=':
      return cmp((v, o) => v <= o);
    case '~':
      return values.some((v) => String(v).toLowerCase().includes(term));
    case '!~':
      return values.length > 0 && !values.some((v) => String(v).toLowerCase().includes(term));
  }
}

/** Compiles one clause into a predicate; throws `JqlError` for unknown fields, operators or values. */
export function compileClause(
  fields: Map<string, JqlField>,
  clause: Clause,
  env: EvalEnv,
): (issue: ProductIssue) => boolean {
  const field = fields.get(clause.field.toLowerCase());
  if (!field) throw unknownField(clause.field);
  if (!OPERATORS[field.kind].includes(clause.operator)) {
    throw new JqlError(
      `The operator '${clause.operator.toUpperCase()}' is not supported by the '${clause.field}' field.`,
    );
  }
  const operands = clause.operands.flatMap((o) => resolveOperand(field, o, env));
  return (issue) => test(field.values(issue), clause.operator, operands);
}

/** Compiles ORDER BY into a comparator; missing values sort last; ties by id, newest first. */
export function compileOrder(
  fields: Map<string, JqlField>,
  keys: SortKey[],
): (a: ProductIssue, b: ProductIssue) => number {
  const sorters = keys.map((key) => {
    const field = fields.get(key.field.toLowerCase());
    if (!field) throw unknownField(key.field);
    if (!field.sortValue) throw new JqlError(`Field '${key.field}' does not support sorting.`);
    return { value: field.sortValue, sign: key.direction === 'desc' ? -1 : 1 };
  });
  return (a, b) => {
    for (const { value, sign } of sorters) {
      const [x, y] = [value(a), value(b)];
      if (x === y) continue;
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y)));
    }
    return b.id - a.id;
  };
}
