import type { Plugin, Rolldown } from 'vite';
import { topLevelRules } from './surface-css';

/**
 * A value table in the minified build: an object literal of at least five entries whose keys are
 * all dotted token names (`"color.background.neutral":...`, `"space.100":...`) and whose values are
 * strings. Compiled Atlaskit primitives ship one such table per prop (Box's `backgroundColor` has
 * 197 entries, each an atomic class with its rule in the CSS); `@atlaskit/tokens` ships others.
 */
const TABLE = /\{(?:"[a-z][a-zA-Z0-9-]*(?:\.[a-zA-Z0-9-]+)+":(?:`[^`$\\]*`|"[^"\\]*"),?){5,}\}/g;
const ENTRY = /"([a-z][a-zA-Z0-9-]*(?:\.[a-zA-Z0-9-]+)+)":(?:`([^`]*)`|"([^"]*)")/g;
/** A compiled atomic class name, as Compiled writes it: `_` and eight base-36 characters. */
const ATOMIC = /_[a-z0-9]{8}/g;
const CLASS_LIST = /^_[a-z0-9]{8}(?: _[a-z0-9]{8})*$/;

export interface ClassTable {
  start: number;
  end: number;
  entries: Array<{ key: string; value: string }>;
}

export function findTables(code: string): ClassTable[] {
  return [...code.matchAll(TABLE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    entries: [...m[0].matchAll(ENTRY)].map((e) => ({ key: e[1] as string, value: (e[2] ?? e[3]) as string })),
  }));
}

/** Every place a dotted key could be split into a literal part and a computed part. */
function splits(key: string): Array<{ head: string; tail: string }> {
  const out: Array<{ head: string; tail: string }> = [];
  for (let i = key.indexOf('.'); i > 0; i = key.indexOf('.', i + 1)) {
    out.push({ head: key.slice(0, i + 1), tail: key.slice(i) });
  }
  return out;
}

/**
 * Whether code other than the tables can look `key` up: it names the key whole (in any quotes or
 * none), or names a literal part of it that the rest is computed onto: a head ending at a dot that
 * a string or template closes or interpolates after (`"color.background."+x`, `` `space.${n}` ``),
 * or a tail starting at a dot that a string or template opens or interpolates before
 * (`` `${bg}.hovered` ``, `x+".pressed"`). Conservative: any of these keeps the entry.
 */
export function mayLookUp(key: string, rest: string): boolean {
  if (rest.includes(key)) return true;
  return splits(key).some(
    ({ head, tail }) => /["'`{]/.test(lastAfter(rest, head)) || /["'`}]/.test(firstBefore(rest, tail)),
  );
}

/** The characters that follow each occurrence of `part` in `text`, joined (empty when none). */
function lastAfter(text: string, part: string): string {
  let found = '';
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
    const next = text.slice(i + part.length, i + part.length + 2);
    found += next.startsWith('${') ? '{' : next.charAt(0);
  }
  return found;
}

/** The characters that precede each occurrence of `part` in `text`, joined (empty when none). */
function firstBefore(text: string, part: string): string {
  let found = '';
  for (let i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) found += text.charAt(i - 1);
  return found;
}

/**
 * The build's chunks with each class table's unreachable entries removed, and the atomic classes
 * no chunk names any more. An entry is unreachable when no code outside the tables may look its key
 * up (`mayLookUp`); its class then appears in no chunk, so no element can carry it: Compiled sets
 * classes only from string literals in the JS.
 */
export function pruneTables(codes: readonly string[]): { codes: string[]; dead: Set<string> } {
  const tables = codes.map(findTables);
  const rest = codes.map((code, i) => blank(code, tables[i] ?? [])).join('\n');
  const before = new Set(codes.flatMap((code) => code.match(ATOMIC) ?? []));
  const pruned = codes.map((code, i) => {
    let out = code;
    for (const table of [...(tables[i] ?? [])].reverse()) {
      if (!table.entries.every((e) => CLASS_LIST.test(e.value))) continue;
      const kept = table.entries.filter((e) => mayLookUp(e.key, rest));
      if (kept.length === table.entries.length) continue;
      const text = `{${kept.map((e) => `${JSON.stringify(e.key)}:\`${e.value}\``).join(',')}}`;
      out = out.slice(0, table.start) + text + out.slice(table.end);
    }
    return out;
  });
  const after = new Set(pruned.flatMap((code) => code.match(ATOMIC) ?? []));
  return { codes: pruned, dead: new Set([...before].filter((c) => !after.has(c))) };
}

const blank = (code: string, tables: readonly ClassTable[]) =>
  tables.reduceRight((out, t) => `${out.slice(0, t.start)}{}${out.slice(t.end)}`, code);

/** A sheet without the rules whose selector needs a dead class (at-rule blocks pruned inside). */
export function dropDeadRules(css: string, dead: ReadonlySet<string>): string {
  return topLevelRules(css)
    .map((rule) => {
      const open = rule.indexOf('{');
      const head = rule.slice(0, open);
      if (head.startsWith('@')) {
        if (!/^@(media|supports)\b/.test(head)) return rule;
        const inner = dropDeadRules(rule.slice(open + 1, -1), dead);
        return inner ? `${head}{${inner}}` : '';
      }
      // Only a rule whose every selector names a dead class; `:not(._x)` matches without it.
      const live = head
        .split(',')
        .some((s) => !(s.replace(/:not\([^)]*\)/g, '').match(ATOMIC) ?? []).some((c) => dead.has(c)));
      return live ? rule : '';
    })
    .join('');
}

/**
 * Removes from the build the entries of Atlaskit's compiled value tables that no code can look up,
 * and their CSS rules from every style sheet: Box's background colours, Text's colours and the
 * spacing tables carry every token although the components of this app use a few (issue 9: 10 KiB
 * of CSS per surface). Runs before the sheets are merged per surface.
 */
export function pruneClassTables(): Plugin {
  return {
    name: 'csi-prune-class-tables',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
        const { codes, dead } = pruneTables(chunks.map((c) => c.code));
        chunks.forEach((chunk, i) => (chunk.code = codes[i] as string));
        for (const asset of Object.values(bundle)) {
          if (asset.type === 'asset' && asset.fileName.endsWith('.css'))
            asset.source = dropDeadRules(String(asset.source), dead);
        }
      },
    },
  };
}
