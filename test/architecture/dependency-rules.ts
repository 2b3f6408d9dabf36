import type { ImportRef, ImportTarget, SourceModule } from './import-graph';

/**
 * The layers of the architecture ("Layers in src/"): dependencies point inward, the domain is pure,
 * and the Custom UI shares only the contracts with the back end. `free` code (local host, tests,
 * benchmarks, build config) may import anything.
 */
export type Layer = 'domain' | 'application' | 'contracts' | 'adapters' | 'entry' | 'ui' | 'unplaced' | 'free';

interface LayerRule {
  /** Repository-relative path prefixes this layer may import files from. */
  files: readonly string[];
  packages: (name: string) => boolean;
  builtins: (name: string) => boolean;
  /** Says what is allowed, for the violation message. */
  allowed: string;
}

const none = () => false;
const any = () => true;
const only =
  (...names: string[]) =>
  (name: string) =>
    names.includes(name);

const RULES: Record<Exclude<Layer, 'free' | 'unplaced'>, LayerRule> = {
  domain: {
    files: ['src/domain/'],
    packages: none,
    builtins: only('node:crypto'),
    allowed: 'src/domain and node:crypto (the domain is pure: no @forge/*, no zod, no other layer)',
  },
  application: {
    files: ['src/application/', 'src/domain/', 'src/contracts/'],
    packages: only('zod'),
    builtins: none,
    allowed: 'src/application, src/domain, src/contracts and zod (no @forge/*, no adapters)',
  },
  contracts: {
    // src/domain/shared holds the pure rules the edge shares with the domain (text, number ranges);
    // a `*.vocabulary.ts` module declares one concept's words once, for every layer and the UI.
    files: ['src/contracts/', 'src/domain/shared/'],
    packages: only('zod'),
    builtins: none,
    allowed: 'src/contracts, src/domain/shared, the domain vocabularies and zod',
  },
  adapters: {
    files: ['src/adapters/', 'src/application/', 'src/domain/', 'src/contracts/'],
    packages: any,
    builtins: any,
    allowed: 'src/adapters, src/application, src/domain, src/contracts and packages',
  },
  entry: { files: ['src/adapters/'], packages: none, builtins: none, allowed: 'src/adapters (handlers only)' },
  ui: {
    files: ['static/', 'src/contracts/'],
    packages: any,
    builtins: none,
    allowed: 'static/, src/contracts and npm packages (no Node builtins in the browser)',
  },
};

/** A domain module that only declares a concept's words: importable by the contracts; imports nothing. */
export const isVocabulary = (file: string): boolean =>
  file.startsWith('src/domain/') && file.endsWith('.vocabulary.ts');

/** Packages that test code inside a layer may use on top of the layer's own allowance. */
const TEST_PACKAGES = new Set(['fast-check', '@jest/globals']);

/** The layer a repository-relative file belongs to. */
export function layerOf(file: string): Layer {
  if (file === 'src/index.ts') return 'entry';
  for (const layer of ['domain', 'application', 'contracts', 'adapters'] as const) {
    if (file.startsWith(`src/${layer}/`)) return layer;
  }
  if (file.startsWith('src/')) return 'unplaced';
  if (file.startsWith('static/src/')) return 'ui';
  return 'free';
}

/** Tests and test builders (`*.test.ts`, `testing/` folders): never imported by production code. */
export const isTestCode = (file: string): boolean => /\.test\.tsx?$/.test(file) || file.split('/').includes('testing');

/** Every import that breaks a layer rule, as `file:line imports 'x': reason`. */
export function checkDependencies(modules: readonly SourceModule[]): string[] {
  const violations: string[] = [];
  for (const mod of modules) {
    const layer = layerOf(mod.path);
    if (layer === 'free') continue;
    if (layer === 'unplaced') {
      violations.push(`${mod.path}: is not in a layer (src/domain, src/application, src/contracts, src/adapters)`);
      continue;
    }
    for (const ref of mod.imports) {
      const reason = isVocabulary(mod.path)
        ? 'a vocabulary declares words and imports nothing, so every layer can share it'
        : breach(RULES[layer], mod.path, ref.target);
      if (reason) violations.push(`${mod.path}:${ref.line} imports ${show(ref)}: ${reason}`);
    }
  }
  return violations;
}

const show = (ref: ImportRef) => (ref.specifier === undefined ? 'a computed module name' : `'${ref.specifier}'`);

function breach(rule: LayerRule, from: string, target: ImportTarget): string | undefined {
  const testCode = isTestCode(from);
  const denied = `${layerOf(from)} may only import ${rule.allowed}`;
  switch (target.kind) {
    case 'unresolved':
      return 'cannot be resolved, so the layer rules cannot check it';
    case 'builtin':
      return rule.builtins(target.name) || testCode ? undefined : denied;
    case 'package':
      return rule.packages(target.name) || (testCode && TEST_PACKAGES.has(target.name)) ? undefined : denied;
    case 'file':
      if (!testCode && isTestCode(target.path)) return 'production code must not import tests or test builders';
      if (rule === RULES.contracts && isVocabulary(target.path)) return undefined;
      return rule.files.some((prefix) => target.path.startsWith(prefix)) ? undefined : denied;
  }
}

/**
 * Import cycles among the given modules whose paths start with `prefix`, each as `a -> b -> a`.
 * With `runtimeOnly`, references TypeScript erases are left out: only cycles that exist at run time.
 */
export function findCycles(
  modules: readonly SourceModule[],
  prefix: string,
  { runtimeOnly = false }: { runtimeOnly?: boolean } = {},
): string[] {
  const edges = new Map<string, string[]>();
  for (const mod of modules.filter((m) => m.path.startsWith(prefix))) {
    const targets = mod.imports.flatMap((ref) =>
      ref.target.kind === 'file' && !(runtimeOnly && ref.typeOnly) ? [ref.target.path] : [],
    );
    edges.set(
      mod.path,
      targets.filter((t) => t.startsWith(prefix)),
    );
  }
  const cycles = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'open') cycles.add(canonical(stack.slice(stack.indexOf(next))));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...edges.keys()].sort()) if (!state.has(node)) visit(node);
  return [...cycles].sort();
}

/** One spelling per cycle: rotated to start at its smallest path, closed with that path again. */
function canonical(cycle: readonly string[]): string {
  const start = cycle.indexOf([...cycle].sort()[0] ?? '');
  const rotated = [...cycle.slice(start), ...cycle.slice(0, start)];
  return [...rotated, rotated[0]].join(' -> ');
}
