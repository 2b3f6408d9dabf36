import path from 'node:path';
import { checkDependencies, findCycles, layerOf } from './dependency-rules';
import {
  listSourceFiles,
  loadModules,
  parseSpecifiers,
  resolveSpecifier,
  type ImportTarget,
  type SourceModule,
} from './import-graph';

const ROOT = path.resolve(__dirname, '../..');
const SOURCE_DIRS = ['src', 'static/src', 'local', 'test', 'bench'];

/** A module whose imports are already resolved, for checking the rules on made-up code. */
const mod = (file: string, ...targets: [string, ImportTarget][]): SourceModule => ({
  path: file,
  imports: targets.map(([specifier, target], i) => ({ specifier, line: i + 1, target })),
});
const file = (p: string): ImportTarget => ({ kind: 'file', path: p });
const pkg = (name: string): ImportTarget => ({ kind: 'package', name });
const builtin = (name: string): ImportTarget => ({ kind: 'builtin', name });

describe('dependency direction of this repository', () => {
  const modules = loadModules(ROOT, listSourceFiles(ROOT, SOURCE_DIRS));

  it('finds the source files of every layer', () => {
    const layers = new Set(modules.map((m) => layerOf(m.path)));
    expect([...layers].sort()).toEqual(['adapters', 'application', 'contracts', 'domain', 'entry', 'free', 'ui']);
  });

  it('has every import pointing inward', () => {
    expect(checkDependencies(modules)).toEqual([]);
  });

  it('has no import cycles inside src/domain, not even through types', () => {
    expect(findCycles(modules, 'src/domain/')).toEqual([]);
  });

  it.each(SOURCE_DIRS)('has no run-time import cycles inside %s/', (dir) => {
    expect(findCycles(modules, `${dir}/`, { runtimeOnly: true })).toEqual([]);
  });

  it('has no run-time import cycles across the app, the UI and the local host together', () => {
    expect(findCycles(modules, '', { runtimeOnly: true })).toEqual([]);
  });
});

describe('checkDependencies', () => {
  it.each([
    ['the domain importing @forge/kvs', mod('src/domain/a.ts', ['@forge/kvs', pkg('@forge/kvs')])],
    ['the domain importing zod', mod('src/domain/a.ts', ['zod', pkg('zod')])],
    [
      'the domain importing the clock of node:perf_hooks',
      mod('src/domain/a.ts', ['node:perf_hooks', builtin('node:perf_hooks')]),
    ],
    ['the domain importing a contract', mod('src/domain/a.ts', ['../contracts/x', file('src/contracts/x.ts')])],
    [
      'the domain importing the application',
      mod('src/domain/a.ts', ['../application/x', file('src/application/x.ts')]),
    ],
    [
      'production domain code importing a test builder',
      mod('src/domain/a.ts', ['./testing/b', file('src/domain/testing/b.ts')]),
    ],
    ['the application importing an adapter', mod('src/application/a.ts', ['../adapters/x', file('src/adapters/x.ts')])],
    ['the application importing @forge/api', mod('src/application/a.ts', ['@forge/api', pkg('@forge/api')])],
    ['a contract importing the domain', mod('src/contracts/a.ts', ['../domain/x', file('src/domain/x.ts')])],
    [
      'a vocabulary importing anything',
      mod('src/domain/a/b.vocabulary.ts', ['../shared/c', file('src/domain/shared/c.ts')]),
    ],
    ['an adapter importing the local host', mod('src/adapters/a.ts', ['../../local/host', file('local/host.ts')])],
    [
      'an adapter importing test support',
      mod('src/adapters/a.ts', ['../../test/support/x', file('test/support/x.ts')]),
    ],
    ['src/index.ts importing the application', mod('src/index.ts', ['./application/x', file('src/application/x.ts')])],
    ['the UI importing the domain', mod('static/src/a.ts', ['../../src/domain/x', file('src/domain/x.ts')])],
    ['the UI importing an adapter', mod('static/src/a.ts', ['../../src/adapters/x', file('src/adapters/x.ts')])],
    ['the UI importing a Node builtin', mod('static/src/a.ts', ['node:fs', builtin('node:fs')])],
    ['an import nobody can resolve', mod('src/application/a.ts', ['./missing', { kind: 'unresolved' }])],
    ['a file outside the layers', mod('src/helpers/a.ts')],
  ])('reports %s, naming the file and the import', (_label, module) => {
    const violations = checkDependencies([module]);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toContain(module.path);
    const specifier = module.imports[0]?.specifier;
    if (specifier) expect(violations[0]).toContain(`'${specifier}'`);
  });

  it.each([
    ['the domain hashing with node:crypto', mod('src/domain/a.ts', ['node:crypto', builtin('node:crypto')])],
    [
      'a contract sharing a domain vocabulary',
      mod('src/contracts/a.ts', ['../domain/x/y.vocabulary', file('src/domain/x/y.vocabulary.ts')]),
    ],
    [
      'a domain test using fast-check and a builder',
      mod('src/domain/a.test.ts', ['fast-check', pkg('fast-check')], ['./testing/b', file('src/domain/testing/b.ts')]),
    ],
    [
      'the application using the domain, contracts and zod',
      mod(
        'src/application/a.ts',
        ['../domain/x', file('src/domain/x.ts')],
        ['../contracts/y', file('src/contracts/y.ts')],
        ['zod', pkg('zod')],
      ),
    ],
    [
      'an adapter using @forge/kvs and the application',
      mod('src/adapters/a.ts', ['@forge/kvs', pkg('@forge/kvs')], ['../application/x', file('src/application/x.ts')]),
    ],
    ['src/index.ts re-exporting an adapter', mod('src/index.ts', ['./adapters/x', file('src/adapters/x.ts')])],
    [
      'the UI using a contract and React',
      mod('static/src/a.tsx', ['@contracts/x', file('src/contracts/x.ts')], ['react', pkg('react')]),
    ],
    [
      'the local host importing anything',
      mod('local/a.ts', ['../src/domain/x', file('src/domain/x.ts')], ['better-sqlite3', pkg('better-sqlite3')]),
    ],
  ])('accepts %s', (_label, module) => {
    expect(checkDependencies([module])).toEqual([]);
  });
});

describe('findCycles', () => {
  it('reports a cycle once, from its smallest file', () => {
    const modules = [
      mod('src/domain/b.ts', ['./c', file('src/domain/c.ts')]),
      mod('src/domain/a.ts', ['./b', file('src/domain/b.ts')]),
      mod('src/domain/c.ts', ['./a', file('src/domain/a.ts')], ['./d', file('src/domain/d.ts')]),
      mod('src/domain/d.ts'),
    ];
    expect(findCycles(modules, 'src/domain/')).toEqual([
      'src/domain/a.ts -> src/domain/b.ts -> src/domain/c.ts -> src/domain/a.ts',
    ]);
  });

  it('accepts a diamond', () => {
    const modules = [
      mod('src/domain/a.ts', ['./b', file('src/domain/b.ts')], ['./c', file('src/domain/c.ts')]),
      mod('src/domain/b.ts', ['./d', file('src/domain/d.ts')]),
      mod('src/domain/c.ts', ['./d', file('src/domain/d.ts')]),
      mod('src/domain/d.ts'),
    ];
    expect(findCycles(modules, 'src/domain/')).toEqual([]);
  });

  it('counts a type-only back reference unless only run-time cycles are asked for', () => {
    const typeRef = { specifier: './a', line: 1, typeOnly: true, target: file('src/application/a.ts') };
    const modules = [
      mod('src/application/a.ts', ['./b', file('src/application/b.ts')]),
      { path: 'src/application/b.ts', imports: [typeRef] },
    ];
    expect(findCycles(modules, 'src/')).toEqual([
      'src/application/a.ts -> src/application/b.ts -> src/application/a.ts',
    ]);
    expect(findCycles(modules, 'src/', { runtimeOnly: true })).toEqual([]);
  });
});

describe('parseSpecifiers', () => {
  it('finds every way a TypeScript file can reference a module', () => {
    const text = [
      "import a from 'a';",
      "import type { B } from 'b';",
      "import 'c';",
      "export { d } from 'd';",
      "export * from 'e';",
      "import f = require('f');",
      "type G = import('g').G;",
      "const h = () => import('h');",
      "const i = require('i');",
      "jest.mock('j');",
      'const k = require(`k`);',
      'const l = require(`l/${name}`);',
      'const m = \'import x from "not-an-import"\';',
    ].join('\n');
    const erased = new Set(['b', 'g']);
    expect(parseSpecifiers('x.ts', text)).toEqual(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', undefined].map((specifier, i) => ({
        specifier,
        line: i + 1,
        ...(specifier && erased.has(specifier) ? { typeOnly: true } : {}),
      })),
    );
  });

  it.each([
    ["import type { A } from 'a';", true],
    ["import { type A, type B } from 'a';", true],
    ["import { type A, B } from 'a';", false],
    ["import A, { type B } from 'a';", false],
    ["import * as A from 'a';", false],
    ["import 'a';", false],
    ["export type { A } from 'a';", true],
    ["export { type A } from 'a';", true],
    ["export * from 'a';", false],
  ])('marks %s as erased: %s', (text, typeOnly) => {
    expect(parseSpecifiers('x.ts', text)[0]?.typeOnly === true).toBe(typeOnly);
  });

  it('reads JSX files', () => {
    expect(parseSpecifiers('x.tsx', "import { A } from 'a';\nexport const B = () => <A />;")).toEqual([
      { specifier: 'a', line: 1 },
    ]);
  });
});

describe('resolveSpecifier', () => {
  it.each([
    ['src/application/ports.ts', '../domain/result', file('src/domain/result.ts')],
    ['static/src/main.tsx', '@contracts/envelope', file('src/contracts/envelope.ts')],
    ['static/src/main.tsx', './app/App', file('static/src/app/App.tsx')],
    ['src/domain/x.ts', 'node:crypto', builtin('node:crypto')],
    ['src/domain/x.ts', 'crypto', builtin('node:crypto')],
    ['src/adapters/x.ts', '@forge/api', pkg('@forge/api')],
    ['static/src/x.ts', '@atlaskit/button/new', pkg('@atlaskit/button')],
    ['src/domain/x.ts', './does-not-exist', { kind: 'unresolved' }],
  ] as const)('from %s resolves %s', (from, specifier, expected) => {
    expect(resolveSpecifier(ROOT, from, specifier)).toEqual(expected);
  });
});
