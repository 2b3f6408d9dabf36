import type { Clause, JqlQuery, Operand, Operator, SortKey } from './jql-ast';
import { syntaxError } from './jql-error';
import { tokenize, type Token } from './jql-lexer';

const RESERVED = new Set(['and', 'or', 'not', 'in', 'is', 'order', 'by', 'empty', 'null', 'asc', 'desc']);
const VALID_OPERATORS =
  "The valid operators are '=', '!=', '<', '>', '<=', '>=', '~', '!~', 'IN', 'NOT IN', 'IS' and 'IS NOT'.";

/** A recursive-descent parser over the tokens of one JQL string. */
class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token {
    return this.tokens[this.i]!;
  }
  private next(): Token {
    return this.tokens[this.i++]!;
  }
  private isWord(word: string, t = this.peek()): boolean {
    return t.kind === 'word' && t.text.toLowerCase() === word;
  }
  private fail(detail: string, t = this.peek()): never {
    throw syntaxError(detail.replace('%s', t.text), t.pos);
  }

  query(): JqlQuery {
    const clauses: Clause[] = [];
    if (this.peek().kind !== 'eof' && !this.isWord('order')) {
      clauses.push(this.clause());
      while (this.isWord('and')) {
        this.next();
        clauses.push(this.clause());
      }
      if (this.isWord('or')) this.fail("'OR' is not supported by the local Jira simulator; use AND.");
    }
    const orderBy = this.isWord('order') ? this.orderBy() : [];
    if (this.peek().kind !== 'eof') this.fail("Expecting either 'OR' or 'AND' but got '%s'.");
    return { clauses, orderBy };
  }

  private fieldName(): string {
    const t = this.peek();
    if (t.kind === 'lparen' || this.isWord('not'))
      this.fail("Grouping with '(' and 'NOT' are not supported by the local Jira simulator.");
    if (t.kind === 'string' || (t.kind === 'word' && !RESERVED.has(t.text.toLowerCase()))) return this.next().text;
    return this.fail("Expecting a field name but got '%s'.");
  }

  private clause(): Clause {
    const pos = this.peek().pos;
    const field = this.fieldName();
    const operator = this.operator();
    if (operator === 'in' || operator === 'not in') return { field, operator, operands: this.list(), pos };
    if (operator === 'is' || operator === 'is not') {
      if (this.isWord('empty') || this.isWord('null')) this.next();
      else this.fail("Expecting 'EMPTY' or 'NULL' but got '%s'.");
      return { field, operator, operands: [{ kind: 'empty' }], pos };
    }
    return { field, operator, operands: [this.operand()], pos };
  }

  private operator(): Operator {
    const t = this.next();
    if (t.kind === 'op') return t.text as Operator;
    if (this.isWord('in', t)) return 'in';
    if (this.isWord('not', t) && this.isWord('in')) return (this.next(), 'not in');
    if (this.isWord('is', t)) return this.isWord('not') ? (this.next(), 'is not') : 'is';
    return this.fail(`Expecting operator but got '%s'. ${VALID_OPERATORS}`, t);
  }

  private list(): Operand[] {
    if (this.next().kind !== 'lparen') this.fail("Expecting '(' but got '%s'.", this.tokens[this.i - 1]);
    const operands = [this.operand()];
    while (this.peek().kind === 'comma') {
      this.next();
      operands.push(this.operand());
    }
    if (this.next().kind !== 'rparen') this.fail("Expecting ')' but got '%s'.", this.tokens[this.i - 1]);
    return operands;
  }

  private operand(): Operand {
    const t = this.next();
    if (t.kind === 'string') return { kind: 'value', text: t.text };
    if (t.kind !== 'word' || ['and', 'or', 'order'].includes(t.text.toLowerCase())) {
      return this.fail("Expecting either a value, list or function but got '%s'.", t);
    }
    if (this.isWord('empty', t) || this.isWord('null', t)) return { kind: 'empty' };
    if (this.peek().kind !== 'lparen') return { kind: 'value', text: t.text };
    this.next();
    if (this.next().kind !== 'rparen') this.fail("Expecting ')' but got '%s'.", this.tokens[this.i - 1]);
    return { kind: 'function', name: t.text };
  }

  private orderBy(): SortKey[] {
    this.next();
    if (!this.isWord('by')) this.fail("Expecting 'by' but got '%s'.");
    this.next();
    const keys: SortKey[] = [];
    do {
      if (keys.length > 0) this.next();
      const field = this.fieldName();
      const direction =
        this.isWord('asc') || this.isWord('desc') ? (this.next().text.toLowerCase() as 'asc' | 'desc') : 'asc';
      keys.push({ field, direction });
    } while (this.peek().kind === 'comma');
    return keys;
  }
}

/**
 * Parses the simulator's JQL subset. Throws `JqlError` with Jira's message style on syntax errors.
 *
 * @example
 * parseJql('project = CSI AND csiScore >= 60 ORDER BY csiScore DESC');
 */
export function parseJql(jql: string): JqlQuery {
  return new Parser(tokenize(jql)).query();
}
