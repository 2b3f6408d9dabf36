import { createRandom } from '../../local/runtime/random';

const WRONG_VALUES: unknown[] = [
  0,
  -1,
  1.5,
  1e21,
  'text',
  '',
  true,
  false,
  null,
  [],
  [1, 2],
  {},
  { nested: 1 },
  'x'.repeat(5000),
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function paths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

function setAt(root: Json, path: string[], replacement: unknown): Json {
  if (path.length === 0) return replacement as Json;
  const copy = structuredClone(root) as Record<string, Json>;
  let cursor: Record<string, Json> = copy;
  for (const key of path.slice(0, -1)) cursor = cursor[key] as Record<string, Json>;
  cursor[path[path.length - 1] as string] = replacement as Json;
  return copy;
}

function deep(depth: number): Json {
  let value: Json = { leaf: 1 };
  for (let i = 0; i < depth; i += 1) value = { nested: value };
  return value;
}

/**
 * Malformed variants of a valid payload, reproducible from `seed`: wrong types at every path,
 * unknown keys, oversize strings, deep nesting, `__proto__` keys and non-object payloads. Each
 * variant is what a browser could send (it has been through JSON), except `__proto__` objects,
 * which are built with JSON.parse exactly as the platform would parse them.
 */
export function* malformedVariants(valid: unknown, seed: number): Generator<{ kind: string; payload: unknown }> {
  const random = createRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const all = paths(valid).filter((p) => p.length > 0);
  const base = JSON.parse(JSON.stringify(valid)) as Json;
  for (;;) {
    const roll = random();
    if (roll < 0.35 && all.length > 0) {
      yield { kind: 'wrong-type', payload: setAt(base, pick(all), pick(WRONG_VALUES)) };
    } else if (roll < 0.5) {
      yield {
        kind: 'extra-key',
        payload: { ...(base as object), [`k${Math.floor(random() * 1e6)}`]: pick(WRONG_VALUES) },
      };
    } else if (roll < 0.6) {
      const target = all.length > 0 ? pick(all) : ['padding'];
      yield { kind: 'oversize', payload: setAt(base, target, 'x'.repeat(4001 + Math.floor(random() * 200_000))) };
    } else if (roll < 0.7) {
      yield {
        kind: 'deep',
        payload: setAt(base, all.length > 0 ? pick(all) : ['deep'], deep(20 + Math.floor(random() * 300))),
      };
    } else if (roll < 0.85) {
      const inner = JSON.stringify(base).slice(1, -1);
      yield {
        kind: '__proto__',
        payload: JSON.parse(
          `{"__proto__":{"polluted":${JSON.stringify(pick(WRONG_VALUES))}}${inner ? `,${inner}` : ''}}`,
        ) as unknown,
      };
    } else {
      yield { kind: 'not-an-object', payload: pick([[base], 'payload', 42, true, [[]], 'x'.repeat(1000)]) };
    }
  }
}
