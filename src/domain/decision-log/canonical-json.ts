/**
 * The one serialisation the decision-log hash is computed over. Two equal values always give the same
 * string, whatever their key order, so a hash can be recomputed from data read back from storage.
 *
 * Rules (they match RFC 8785, JSON Canonicalization Scheme, for the values accepted):
 * - object keys sorted by UTF-16 code units (the default `Array.prototype.sort` order), no whitespace;
 * - strings, booleans and `null` as `JSON.stringify` writes them; numbers as `JSON.stringify` writes
 *   them (shortest round-trip form, `-0` as `0`);
 * - an object property whose value is `undefined` is omitted, exactly as if absent, so an optional
 *   field that is unset and one that was dropped by storage hash the same;
 * - everything that JSON cannot carry faithfully throws a `TypeError` (a bug, not an expected failure):
 *   `undefined` as a value or array element, non-finite numbers, bigint, functions, symbols, class
 *   instances such as `Date` or `Map`, and cycles. Symbol-keyed properties are ignored.
 *
 * @example
 * canonicalJson({ b: [1, 'x'], a: null, c: undefined }); // '{"a":null,"b":[1,"x"]}'
 */
export function canonicalJson(value: unknown): string {
  return write(value, '$', new Set());
}

function write(value: unknown, path: string, ancestors: Set<object>): string {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: non-finite number at ${path}`);
    return JSON.stringify(value);
  }
  if (typeof value !== 'object') throw new TypeError(`canonicalJson: cannot encode ${typeof value} at ${path}`);
  if (ancestors.has(value)) throw new TypeError(`canonicalJson: cycle at ${path}`);
  ancestors.add(value);
  const text = Array.isArray(value) ? writeArray(value, path, ancestors) : writeObject(value, path, ancestors);
  ancestors.delete(value);
  return text;
}

function writeArray(values: readonly unknown[], path: string, ancestors: Set<object>): string {
  const items: string[] = [];
  for (let i = 0; i < values.length; i += 1) items.push(write(values[i], `${path}[${i}]`, ancestors));
  return `[${items.join(',')}]`;
}

function writeObject(value: object, path: string, ancestors: Set<object>): string {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw new TypeError(`canonicalJson: not a plain object at ${path}`);
  const record = value as Record<string, unknown>;
  const members: string[] = [];
  for (const key of Object.keys(record).sort()) {
    if (record[key] === undefined) continue;
    members.push(`${JSON.stringify(key)}:${write(record[key], `${path}.${key}`, ancestors)}`);
  }
  return `{${members.join(',')}}`;
}
