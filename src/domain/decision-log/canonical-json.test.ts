import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ a: { d: [3, { f: 1, e: 2 }], c: null } }, '{"a":{"c":null,"d":[3,{"e":2,"f":1}]}}'],
    [['x', true, false, null], '["x",true,false,null]'],
    [{ s: 'quote " backslash \\ newline \n é' }, '{"s":"quote \\" backslash \\\\ newline \\n é"}'],
    [{ n: [1, 1.5, -0, 1e21, 0.1 + 0.2] }, '{"n":[1,1.5,0,1e+21,0.30000000000000004]}'],
    [{ B: 1, a: 2, _: 3, '10': 4, '9': 5 }, '{"10":4,"9":5,"B":1,"_":3,"a":2}'],
    [{}, '{}'],
    [[], '[]'],
  ])('writes %p as %s', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('ignores key order', () => {
    expect(canonicalJson({ x: 1, y: { p: 1, q: 2 } })).toBe(canonicalJson({ y: { q: 2, p: 1 }, x: 1 }));
  });

  it('omits undefined properties exactly as if absent', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
  });

  it('accepts objects without a prototype', () => {
    const bare = Object.assign(Object.create(null) as object, { a: 1 });
    expect(canonicalJson(bare)).toBe('{"a":1}');
  });

  it.each([
    ['undefined at the top', undefined],
    ['undefined in an array', [1, undefined]],
    // eslint-disable-next-line no-sparse-arrays -- the hole is the case under test
    ['a hole in an array', [1, , 3]],
    ['NaN', { a: Number.NaN }],
    ['Infinity', { a: Infinity }],
    ['a bigint', { a: BigInt(1) }],
    ['a function', { a: () => 1 }],
    ['a symbol', { a: Symbol('s') }],
    ['a Date', { a: new Date(0) }],
    ['a Map', { a: new Map() }],
  ])('throws a TypeError for %s', (_label, value) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
  });

  it('throws on cycles but accepts shared references', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(/cycle/);
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });
});
