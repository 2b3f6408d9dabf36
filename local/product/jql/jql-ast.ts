/** The JQL subset the simulator understands: clauses joined by AND, then ORDER BY. */

export type Operator = '=' | '!=' | '>' | '>=' | '<' | '<=' | '~' | '!~' | 'in' | 'not in' | 'is' | 'is not';

export type Operand = { kind: 'value'; text: string } | { kind: 'empty' } | { kind: 'function'; name: string };

export interface Clause {
  field: string;
  operator: Operator;
  operands: Operand[];
  pos: number;
}

export interface SortKey {
  field: string;
  direction: 'asc' | 'desc';
}

export interface JqlQuery {
  clauses: Clause[];
  orderBy: SortKey[];
}
