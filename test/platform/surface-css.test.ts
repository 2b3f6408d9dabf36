import { mergeSheets, topLevelRules } from '../../static/build/surface-css';

describe('merging per-chunk style sheets into one (static/build/surface-css.ts)', () => {
  it('splits a minified sheet into its top-level rules, at-rules and strings kept whole', () => {
    const css = '._a{color:red}@media (min-width:1px){._b{margin:0}._c{padding:0}}._d:after{content:"}{"}';
    expect(topLevelRules(css)).toEqual([
      '._a{color:red}',
      '@media (min-width:1px){._b{margin:0}._c{padding:0}}',
      '._d:after{content:"}{"}',
    ]);
  });

  it('keeps a repeated rule at its last place only, so the cascade is the one the separate files gave', () => {
    // ._x then ._y then ._x again: with both copies ._x comes after ._y and wins; so it must once merged.
    expect(mergeSheets(['._x{color:red}._y{color:blue}', '._x{color:red}._z{margin:0}'])).toBe(
      '._y{color:blue}._x{color:red}._z{margin:0}',
    );
  });

  it('refuses sheets whose meaning depends on being first (@import, @charset, @layer)', () => {
    expect(() => mergeSheets(['._a{color:red}', '@import "b.css";._b{margin:0}'])).toThrow();
    expect(() => mergeSheets(['@layer base{._a{color:red}}'])).toThrow(/@layer/);
  });
});
