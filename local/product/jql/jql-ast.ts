/** The JQL subset the simulator understands: clauses joined by AND, then ORDER BY. */

export type Operator = '=' | '!=' | '>' | '>=' | '<' | '<=' | '~' | '!~' | 'in' | 'not in' | 'is' | 'is not';

/** A literal value, EMPTY/NULL, or a function call such as `currentUser()`. */
export type Operand = { kind: 'value'; text: string } | { kind: 'empty' } | { kind: 'function'; name: string };

/** `field operator operand(s)`; `pos` is the offset of the field in the query. */
export interface Clause {
  field: string;
  operator: Operator;
  operands: Operand[];
  pos: number;
}

/** One `ORDER BY` key. */
export interface SortKey {
  field: string;
  direction: 'asc' | 'desc';
}

/** A parsed query: clauses (all must hold) and the sort keys. */
export interface JqlQuery {
  clauses: Clause[];
  orderBy: SortKey[];
}
