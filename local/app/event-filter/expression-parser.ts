/**
 * A parser for the subset of Jira expressions the local host evaluates in a trigger's
 * `filter.expression` (events-reference/product_events, "Filter out Atlassian app events"):
 * literals (strings, numbers, booleans, null, lists), the `event` variable, member access with `.`,
 * `?.` and `[...]`, calls of list methods with arrow functions, `!`, `&&`, `||`, `==`, `!=`, `<`,
 * `<=`, `>`, `>=` and parentheses. Anything else (try/catch, return, arithmetic, ternaries,
 * templates...) is refused with an `ExpressionSyntaxError` at load time rather than evaluated wrongly.
 */
export type Node =
  | { kind: 'literal'; value: string | number | boolean | null }
  | { kind: 'list'; items: Node[] }
  | { kind: 'name'; name: string }
  | { kind: 'member'; object: Node; property: Node; optional: boolean }
  | { kind: 'call'; callee: Node; args: Node[] }
  | { kind: 'arrow'; param: string; body: Node }
  | { kind: 'not'; operand: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node };

export class ExpressionSyntaxError extends Error {
  override readonly name = 'ExpressionSyntaxError';
}

/** The documented maximum length of an expression (product_events, "Restrictions"). */
export const MAX_EXPRESSION_CHARS = 10_000;

type Token = { type: 'str' | 'num' | 'name' | 'op'; text: string; at: number };

const TOKEN =
  /\s*(?:('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")|(\d+(?:\.\d+)?)|([A-Za-z_$][\w$]*)|(=>|\?\.|==|!=|<=|>=|&&|\|\||[.[\](),!<>]))/y;

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const at = TOKEN.lastIndex + (/^\s*/.exec(source.slice(TOKEN.lastIndex))?.[0].length ?? 0);
    if (at >= source.length) break;
    const m = TOKEN.exec(source);
    if (!m)
      throw new ExpressionSyntaxError(
        `Unsupported syntax at character ${at + 1}: '${source.slice(at).trim().slice(0, 20)}'`,
      );
    const [type, text] = m[1] ? ['str', m[1]] : m[2] ? ['num', m[2]] : m[3] ? ['name', m[3]] : ['op', m[4]!];
    tokens.push({ type: type as Token['type'], text: text, at: at + 1 });
  }
  return tokens;
}

const RESERVED = new Set(['try', 'catch', 'return', 'let', 'const', 'var', 'new', 'typeof', 'function', 'throw']);
const LEVELS = [['||'], ['&&'], ['==', '!='], ['<', '<=', '>', '>=']];

/** Parses an expression, or throws `ExpressionSyntaxError` naming what is not supported and where. */
export function parseExpression(source: string): Node {
  if (source.length > MAX_EXPRESSION_CHARS) {
    throw new ExpressionSyntaxError(`An expression has at most ${MAX_EXPRESSION_CHARS} characters`);
  }
  const tokens = tokenize(source);
  let pos = 0;
  const peek = (text?: string) =>
    text === undefined ? tokens[pos] : tokens[pos]?.text === text ? tokens[pos] : undefined;
  const fail = (what: string): never => {
    const t = tokens[pos];
    throw new ExpressionSyntaxError(`${what} ${t ? `at character ${t.at} ('${t.text}')` : 'at the end'}`);
  };
  const expect = (text: string) => (peek(text) ? tokens[pos++] : fail(`Expected '${text}'`));

  const binary = (level: number): Node => {
    if (level === LEVELS.length) return unary();
    let left = binary(level + 1);
    while (tokens[pos]?.type === 'op' && LEVELS[level]!.includes(tokens[pos]!.text)) {
      const op = tokens[pos++]!.text;
      left = { kind: 'binary', op, left, right: binary(level + 1) };
    }
    return left;
  };
  const unary = (): Node => (peek('!') ? (pos++, { kind: 'not', operand: unary() }) : postfix(primary()));
  const postfix = (node: Node): Node => {
    for (;;) {
      if (peek('.') || peek('?.')) {
        const optional = tokens[pos++]!.text === '?.';
        const name = tokens[pos]?.type === 'name' ? tokens[pos++]!.text : fail('Expected a property name');
        node = { kind: 'member', object: node, property: { kind: 'literal', value: name }, optional };
      } else if (peek('[')) {
        pos++;
        const property = binary(0);
        expect(']');
        node = { kind: 'member', object: node, property, optional: false };
      } else if (peek('(')) {
        pos++;
        node = { kind: 'call', callee: node, args: list(')', argument) };
      } else return node;
    }
  };
  const argument = (): Node => {
    if (tokens[pos]?.type === 'name' && tokens[pos + 1]?.text === '=>') {
      const param = tokens[pos]!.text;
      pos += 2;
      return { kind: 'arrow', param, body: binary(0) };
    }
    return binary(0);
  };
  const list = (close: string, item: () => Node): Node[] => {
    const items: Node[] = [];
    while (!peek(close)) {
      items.push(item());
      if (!peek(close)) expect(',');
    }
    pos++;
    return items;
  };
  const primary = (): Node => {
    const t = tokens[pos] ?? fail('Expected a value');
    pos++;
    if (t.type === 'str') return { kind: 'literal', value: unquote(t.text) };
    if (t.type === 'num') return { kind: 'literal', value: Number(t.text) };
    if (t.type === 'name') {
      if (t.text === 'true' || t.text === 'false') return { kind: 'literal', value: t.text === 'true' };
      if (t.text === 'null') return { kind: 'literal', value: null };
      if (RESERVED.has(t.text)) return (pos--, fail(`'${t.text}' is not supported by the local host`));
      return { kind: 'name', name: t.text };
    }
    if (t.text === '(') {
      const inner = binary(0);
      expect(')');
      return inner;
    }
    if (t.text === '[') return { kind: 'list', items: list(']', () => binary(0)) };
    pos--;
    return fail('Unexpected token');
  };

  if (tokens.length === 0) throw new ExpressionSyntaxError('The expression is empty');
  const node = binary(0);
  if (pos < tokens.length) fail('Unexpected token');
  return node;
}

function unquote(text: string): string {
  return text.slice(1, -1).replace(/\\(.)/g, (_m, c: string) => ({ n: '\n', t: '\t' })[c] ?? c);
}
