import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

/** Where one import points: a file of the repository, an npm package, a Node builtin, or nowhere. */
export type ImportTarget =
  | { kind: 'file'; path: string }
  | { kind: 'package'; name: string }
  | { kind: 'builtin'; name: string }
  | { kind: 'unresolved' };

/**
 * One module reference in a source file; `specifier` is undefined for `import(expr)` / `require(expr)`.
 * `typeOnly` marks references TypeScript erases (`import type`, `export type`, all-`type` specifier
 * lists, `import('x').T` types): they cannot take part in a cycle at run time.
 */
export interface ImportRef {
  specifier: string | undefined;
  line: number;
  typeOnly?: boolean;
  target: ImportTarget;
}

type SpecifierRef = { specifier: string | undefined; line: number; typeOnly?: true };

/** A source file and its imports; paths are repository-relative with `/` separators. */
export interface SourceModule {
  path: string;
  imports: ImportRef[];
}

const SOURCE_EXT = /\.(ts|tsx)$/;
const SKIP_DIRS = new Set(['node_modules', 'dist', 'coverage', '.local', 'artifacts', '.git']);
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '.d.ts', '/index.ts', '/index.tsx'];
/** Path aliases (static/tsconfig.json `paths`, static/vite.config.ts `resolve.alias`). */
const ALIASES: readonly { prefix: string; target: string }[] = [{ prefix: '@contracts/', target: 'src/contracts/' }];

/** Every .ts/.tsx file under `dirs` (repository-relative), skipping build output and dependencies. */
export function listSourceFiles(root: string, dirs: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (rel: string): void => {
    for (const name of readdirSync(path.join(root, rel))) {
      const child = `${rel}/${name}`;
      if (statSync(path.join(root, child)).isDirectory()) {
        if (!SKIP_DIRS.has(name)) walk(child);
      } else if (SOURCE_EXT.test(name)) found.push(child);
    }
  };
  for (const dir of dirs) if (existsSync(path.join(root, dir))) walk(dir);
  return found.sort();
}

/** The module specifiers a file references: static and dynamic imports, re-exports, `import()` types, `require`. */
export function parseSpecifiers(fileName: string, text: string): SpecifierRef[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, scriptKind(fileName));
  const refs: SpecifierRef[] = [];
  const add = (node: ts.Node | undefined, at: ts.Node, typeOnly = false): void => {
    const literal = node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node));
    const line = source.getLineAndCharacterOfPosition(at.getStart(source)).line + 1;
    refs.push({ specifier: literal ? node.text : undefined, line, ...(typeOnly ? { typeOnly: true } : {}) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || (ts.isExportDeclaration(node) && node.moduleSpecifier)) {
      add(node.moduleSpecifier, node, isErased(node));
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, node);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, node, true);
    } else if (ts.isCallExpression(node) && isModuleCall(node)) {
      add(node.arguments[0], node);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return refs;
}

/** An import or re-export TypeScript removes from the emitted JavaScript. */
function isErased(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) {
    const clause = node.exportClause;
    return node.isTypeOnly || (!!clause && ts.isNamedExports(clause) && allTypes(clause.elements));
  }
  const clause = node.importClause;
  if (!clause) return false; // `import 'x'` runs x
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return !clause.name && !!bindings && ts.isNamedImports(bindings) && allTypes(bindings.elements);
}

const allTypes = (elements: ts.NodeArray<ts.ImportSpecifier | ts.ExportSpecifier>) =>
  elements.length > 0 && elements.every((e) => e.isTypeOnly);

const scriptKind = (fileName: string) => (fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

/** `import(x)`, `require(x)`, `require.resolve(x)`, `jest.mock(x)`, `jest.requireActual(x)`. */
function isModuleCall(call: ts.CallExpression): boolean {
  const callee = call.expression;
  if (callee.kind === ts.SyntaxKind.ImportKeyword) return true;
  if (ts.isIdentifier(callee)) return callee.text === 'require';
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression)) return false;
  const owner = callee.expression.text;
  const member = callee.name.text;
  return (
    (owner === 'require' && member === 'resolve') || (owner === 'jest' && /^(mock|doMock|requireActual)$/.test(member))
  );
}

const BUILTINS = new Set(builtinModules);

/** Resolves a specifier as TypeScript, Vite and Node would for a file at `from` (repository-relative). */
export function resolveSpecifier(root: string, from: string, specifier: string | undefined): ImportTarget {
  if (specifier === undefined) return { kind: 'unresolved' };
  if (specifier.startsWith('node:') || BUILTINS.has(specifier)) {
    return { kind: 'builtin', name: specifier.startsWith('node:') ? specifier : `node:${specifier}` };
  }
  const alias = ALIASES.find((a) => specifier.startsWith(a.prefix));
  let candidate: string | undefined;
  if (alias) candidate = alias.target + specifier.slice(alias.prefix.length);
  else if (specifier.startsWith('.')) candidate = path.posix.join(path.posix.dirname(from), specifier);
  if (candidate === undefined) {
    const parts = specifier.split('/');
    return { kind: 'package', name: specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier) };
  }
  // ESM-style `./x.js` names the compiled file of `./x.ts`.
  const stems = /\.jsx?$/.test(candidate) ? [candidate, candidate.replace(/\.jsx?$/, '')] : [candidate];
  for (const file of stems.flatMap((stem) => RESOLVE_SUFFIXES.map((suffix) => stem + suffix))) {
    const abs = path.join(root, file);
    if (existsSync(abs) && statSync(abs).isFile()) return { kind: 'file', path: file };
  }
  return { kind: 'unresolved' };
}

/** Parses and resolves every import of the given files. */
export function loadModules(root: string, files: readonly string[]): SourceModule[] {
  return files.map((file) => ({
    path: file,
    imports: parseSpecifiers(file, readFileSync(path.join(root, file), 'utf8')).map((ref) => ({
      ...ref,
      target: resolveSpecifier(root, file, ref.specifier),
    })),
  }));
}
