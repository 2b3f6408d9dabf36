import { syntaxError } from './jql-error';

/** Token kinds of the JQL subset. */
export type TokenKind = 'string' | 'word' | 'op' | 'lparen' | 'rparen' | 'comma' | 'eof';

/** A token and its offset in the query (for error positions). */
export interface Token {
  kind: TokenKind;
  text: string;
  pos: number;
}

const OPERATORS = ['!=', '!~', '>=', '<=', '=', '>', '<', '~'];
const WORD_CHAR = /[A-Za-z0-9_.\-:/@*+[\]$]/;
const PUNCTUATION: Record<string, TokenKind> = { '(': 'lparen', ')': 'rparen', ',': 'comma' };
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r' };

function readString(jql: string, start: number): { text: string; end: number } {
  const quote = jql[start]!;
  let text = '';
  for (let i = start + 1; i < jql.length; i++) {
    const c = jql[i]!;
    if (c === quote) return { text, end: i + 1 };
    if (c === '\\' && i + 1 < jql.length) {
      const next = jql[++i]!;
      text += ESCAPES[next] ?? next;
    } else text += c;
  }
  throw syntaxError(`The quoted string '${jql.slice(start + 1)}' has not been completed.`, start);
}

/** Splits JQL into tokens; quoted strings keep their text without quotes. */
export function tokenize(jql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < jql.length) {
    const c = jql[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"' || c === "'") {
      const { text, end } = readString(jql, i);
      tokens.push({ kind: 'string', text, pos: i });
      i = end;
    } else if (PUNCTUATION[c]) {
      tokens.push({ kind: PUNCTUATION[c], text: c, pos: i++ });
    } else {
      const op = OPERATORS.find((o) => jql.startsWith(o, i));
      if (op) {
        tokens.push({ kind: 'op', text: op, pos: i });
        i += op.length;
        continue;
      }
      if (!WORD_CHAR.test(c)) {
        const escape = `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
        throw syntaxError(
          `The character '${c}' is a reserved JQL character. You must enclose it in a string or use the escape '${escape}' instead.`,
          i,
        );
      }
      const start = i;
      while (i < jql.length && WORD_CHAR.test(jql[i]!)) i++;
      tokens.push({ kind: 'word', text: jql.slice(start, i), pos: start });
    }
  }
  tokens.push({ kind: 'eof', text: 'EOF', pos: jql.length });
  return tokens;
}
