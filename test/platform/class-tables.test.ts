import { dropDeadRules, mayLookUp, pruneTables } from '../../static/build/class-tables';

// A Box-like compiled value table (five or more dotted token keys, atomic classes as values), the
// way the minifier writes it, and code around it.
const table = (entries: Record<string, string>) =>
  `{${Object.entries(entries)
    .map(([k, v]) => `"${k}":\`${v}\``)
    .join(',')}}`;
const BG = table({
  'color.background.neutral': '_bfhk0001',
  'color.background.neutral.hovered': '_bfhk0002',
  'color.background.danger': '_bfhk0003',
  'color.background.danger.hovered': '_bfhk0004',
  'color.background.accent.lime.subtlest': '_bfhk0005',
  'color.background.accent.red.bolder': '_bfhk0006 _syaz0006',
});

describe('pruning compiled value tables (static/build/class-tables.ts)', () => {
  it('keeps the entries some code names, drops the others and reports their classes dead', () => {
    const code = `const p=${BG};function Box(e){return p[e.backgroundColor]}Box({backgroundColor:"color.background.danger"})`;
    const { codes, dead } = pruneTables([code]);
    expect(codes[0]).toContain('"color.background.danger":`_bfhk0003`');
    expect(codes[0]).not.toContain('color.background.accent.lime.subtlest');
    expect([...dead].sort()).toEqual(['_bfhk0001', '_bfhk0002', '_bfhk0004', '_bfhk0005', '_bfhk0006', '_syaz0006']);
  });

  it('keeps every key a computed lookup could reach: a literal head or tail with the rest computed', () => {
    expect(mayLookUp('color.background.danger', 'x="color.background."+e')).toBe(true);
    expect(mayLookUp('color.background.danger', 'x=`color.background.${e}`')).toBe(true);
    expect(mayLookUp('color.background.danger.hovered', 'x=`${bg}.hovered`')).toBe(true);
    expect(mayLookUp('color.background.danger.hovered', 'x=bg+".hovered"')).toBe(true);
    expect(mayLookUp('color.background.danger.hovered', 'x=`color.${e}.hovered`')).toBe(true);
    expect(mayLookUp('color.background.danger', 'x="color.background.neutral"')).toBe(false);
    expect(mayLookUp('space.075', 'padding:`var(--ds-space-075)`')).toBe(false);
  });

  it('keeps a class that other code names too, and counts no key of another table as a use', () => {
    const tokens = table({
      'color.background.neutral': '--ds-background-neutral',
      'color.background.danger': '--ds-background-danger',
      'color.text': '--ds-text',
      'color.text.subtle': '--ds-text-subtle',
      'color.link': '--ds-link',
    });
    const code = `const t=${tokens},p=${BG};const q="_bfhk0005";`;
    const { codes, dead } = pruneTables([code]);
    expect(codes[0]).toContain(tokens);
    expect(dead.has('_bfhk0005')).toBe(false);
    expect(dead.has('_bfhk0001')).toBe(true);
  });

  it('leaves a table alone whose values are not all atomic classes', () => {
    const mixed = table({ 'a.b': '_bfhk0001', 'a.c': 'red', 'a.d': '_bfhk0003', 'a.e': '_bfhk0004', 'a.f': 'x' });
    expect(pruneTables([`const m=${mixed}`]).codes[0]).toBe(`const m=${mixed}`);
  });

  it('looks across chunks: a key named in another chunk is kept', () => {
    const { dead } = pruneTables([`const p=${BG}`, `Box({backgroundColor:"color.background.neutral"})`]);
    expect(dead.has('_bfhk0001')).toBe(false);
    expect(dead.has('_bfhk0003')).toBe(true);
  });

  it('drops only rules whose every selector needs a dead class, inside @media too', () => {
    const dead = new Set(['_dead0001', '_dead0002']);
    const css =
      '._dead0001{color:red}._live0001{color:blue}._dead0001:hover,._live0002{margin:0}' +
      '@media (min-width:1px){._dead0002{padding:0}}@media print{._live0003{padding:0}}' +
      '._live0004:not(._dead0001){top:0}@font-face{font-family:x}';
    expect(dropDeadRules(css, dead)).toBe(
      '._live0001{color:blue}._dead0001:hover,._live0002{margin:0}@media print{._live0003{padding:0}}' +
        '._live0004:not(._dead0001){top:0}@font-face{font-family:x}',
    );
  });
});
