import { createRandom } from '../../local/runtime/random';

/**
 * A fuzzer of resolver payloads that knows nothing of the contracts' schemas (issue 8, item 5): it
 * writes hostile JSON *text* by hand (wrong types, extra keys, huge strings, NUL, lone surrogates,
 * deep nesting, numbers that overflow or round to -0, NaN and Infinity as strings, `__proto__` keys)
 * and parses it as the platform parses an invoke payload, so a case is exactly what a browser
 * could send. Beside them it makes cases a correct schema must accept, from human rules only:
 * free texts replaced by other visible text in other scripts, and fresh client request ids.
 * Reproducible from the seed.
 */
export interface FuzzCase {
  kind: string;
  /** True when a correct contract must accept the payload (INVALID_INPUT is then a bug). */
  mustAccept: boolean;
  payload: unknown;
}

type Random = () => number;

/** Names of free-text fields (by human reading of the surfaces, not of the schemas). */
const FREE_TEXT =
  /^(rationale|whatChanged|next|risks|asks|reason|checkpointName|text|comment|summary|search|description)$/;
/** Visible texts a person may type: scripts, emoji, combining marks, padding. */
const PLAIN_TEXTS = [
  'Réduire le délai',
  'تقليل وقت التغيير',
  '変更時間を短縮',
  'Pilot 👍 ok',
  'e\u0301te\u0301',
  '  padded  ',
  'x',
];

const LITERALS: string[] = [
  '0',
  '-0',
  '-1',
  '1.5',
  '1e309',
  '-1e309',
  '1e-400',
  '5e-324',
  '1e308',
  '9007199254740993',
  '"NaN"',
  '"Infinity"',
  '"-0"',
  '""',
  '" "',
  '"\\u0000"',
  '"a\\u0000b"',
  '"\\ud800"',
  '"x\\udfffy"',
  '"\\u200b\\u200b"',
  '"\\ufeff"',
  '"\\u202e"',
  'true',
  'false',
  'null',
  '[]',
  '[null]',
  '{}',
  '{"a":1}',
  '"<script>alert(1)</script>"',
  '"../../etc/passwd"',
  '"CSI-1\' OR 1=1"',
];

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

/** A hostile JSON text of at most `depth` levels. */
function hostileJson(random: Random, depth = 2): string {
  const roll = random();
  if (roll < 0.55 || depth === 0) return pick(random, LITERALS);
  // Below the 500 KB invoke payload limit, which the platform enforces before the app runs.
  if (roll < 0.65)
    return JSON.stringify(pick(random, ['x', 'é', '😀', '\u0000']).repeat(1000 + Math.floor(random() * 100_000)));
  if (roll < 0.72) {
    const n = 50 + Math.floor(random() * 2000);
    return `${'['.repeat(n)}1${']'.repeat(n)}`;
  }
  if (roll < 0.8) {
    const n = 20 + Math.floor(random() * 500);
    return `${'{"n":'.repeat(n)}1${'}'.repeat(n)}`;
  }
  if (roll < 0.9)
    return `[${Array.from({ length: 1 + Math.floor(random() * 4) }, () => hostileJson(random, depth - 1)).join(',')}]`;
  return `{"__proto__":{"polluted":${hostileJson(random, 0)}},"constructor":{"prototype":{"polluted":1}}}`;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function paths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

/** The JSON text of `root` with the value at `path` replaced by the JSON text `replacement`. */
function replaceAt(root: Json, path: string[], replacement: string): string {
  const marker = '\u0001FUZZ-MARKER\u0001';
  const copy = structuredClone(root);
  if (path.length === 0) return replacement;
  let cursor = copy as Record<string, Json>;
  for (const key of path.slice(0, -1)) cursor = cursor[key] as Record<string, Json>;
  cursor[path[path.length - 1]!] = marker;
  return JSON.stringify(copy).replace(JSON.stringify(marker), replacement);
}

/** An endless, reproducible stream of cases around one valid payload. */
export function* fuzzCases(valid: unknown, seed: number): Generator<FuzzCase> {
  const random = createRandom(seed);
  const base = JSON.parse(JSON.stringify(valid)) as Json;
  const all = paths(base);
  const inner = all.filter((p) => p.length > 0);
  const texts = inner.filter((p) => FREE_TEXT.test(p[p.length - 1]!) && typeof get(base, p) === 'string');
  const requestIds = inner.filter((p) => p[p.length - 1] === 'requestId');
  const parsed = (kind: string, text: string, mustAccept = false): FuzzCase => ({
    kind,
    mustAccept,
    payload: JSON.parse(text) as unknown,
  });
  yield parsed('the fixture itself', JSON.stringify(base), true);
  for (;;) {
    const roll = random();
    if (roll < 0.15 && (texts.length > 0 || requestIds.length > 0)) {
      let payload = structuredClone(base);
      for (const p of texts)
        if (random() < 0.7)
          payload = JSON.parse(replaceAt(payload, p, JSON.stringify(pick(random, PLAIN_TEXTS)))) as Json;
      for (const p of requestIds)
        payload = JSON.parse(replaceAt(payload, p, JSON.stringify(requestId(random)))) as Json;
      yield { kind: 'plain text and a fresh request id', mustAccept: true, payload };
    } else if (roll < 0.6 && inner.length > 0) {
      yield parsed('hostile value', replaceAt(base, pick(random, inner), hostileJson(random)));
    } else if (roll < 0.7) {
      const text = JSON.stringify(base);
      const key = pick(random, ['extra', '__proto__', 'constructor', 'accountId', 'issueKey', '']);
      yield parsed(
        'extra key',
        text.startsWith('{') && text !== '{}'
          ? `{${JSON.stringify(key)}:${hostileJson(random, 1)},${text.slice(1)}`
          : `{${JSON.stringify(key)}:1}`,
      );
    } else if (roll < 0.8 && inner.length > 0) {
      yield {
        kind: 'missing key',
        mustAccept: false,
        payload: without(base, pick(random, inner.filter((p) => p.length === 1).concat([inner[0]!]))),
      };
    } else {
      yield parsed('hostile payload', hostileJson(random));
    }
  }
}

const get = (root: Json, path: string[]): unknown =>
  path.reduce<unknown>(
    (v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
    root,
  );

function without(root: Json, path: string[]): unknown {
  const copy = structuredClone(root) as Record<string, Json>;
  let cursor = copy;
  for (const key of path.slice(0, -1)) cursor = cursor[key] as Record<string, Json>;
  if (Array.isArray(cursor)) cursor.splice(Number(path[path.length - 1]), 1);
  else delete cursor[path[path.length - 1]!];
  return copy;
}

const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
/** A client request id by the documented rule (8-64 of [A-Za-z0-9_-]). */
function requestId(random: Random): string {
  const length = 8 + Math.floor(random() * 57);
  return Array.from({ length }, () => ID_CHARS[Math.floor(random() * ID_CHARS.length)]).join('');
}
