import fc from 'fast-check';
import { appendEntry } from '../decision-log/append-entry';
import type { DecisionEntry } from '../decision-log/decision-entry';
import { hashEntry } from '../decision-log/hash-entry';
import { buildDraft } from './build-decision-log';

/** One way an attacker (or a bug) can change a stored log. Descriptors print small when a case fails. */
export type Tamper =
  | { kind: 'edit' | 'rewrite+rehash'; seq: number; field: string; pick: number }
  | { kind: 'delete'; seq: number }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'move'; from: number; to: number }
  | { kind: 'insert-forged'; position: number }
  | { kind: 'insert-copy'; position: number; copyOf: number }
  | { kind: 'truncate'; keep: number }
  | { kind: 'replace-head' };

const ALL_FIELDS = ['seq', 'type', 'subject', 'summary', 'rationale', 'optionsConsidered'].concat([
  'scoresAtTime',
  'revisitIf',
  'payload',
  'actor',
  'at',
  'prevHash',
  'hash',
]);
/** Re-hashed rewrites change content only: a re-hashed seq or prevHash is indistinguishable from other tampers. */
const CONTENT_FIELDS = ALL_FIELDS.filter((f) => !['seq', 'prevHash', 'hash'].includes(f));

/**
 * Random tampers of a log of `n` entries: naive field edits (any field, nested too), content rewrites with
 * a recomputed hash, deletion, swap, move, insertion of a forged entry or of a copy, truncation, and a
 * replaced head.
 *
 * @example
 * fc.assert(fc.property(tamperArb(50), (t) => ...));
 */
export function tamperArb(n: number): fc.Arbitrary<Tamper> {
  const seq = fc.integer({ min: 1, max: n });
  const position = fc.integer({ min: 1, max: n + 1 });
  return fc.oneof(
    fc.record({ kind: fc.constant('edit' as const), seq, field: fc.constantFrom(...ALL_FIELDS), pick: fc.nat() }),
    fc.record({
      kind: fc.constant('rewrite+rehash' as const),
      seq,
      field: fc.constantFrom(...CONTENT_FIELDS),
      pick: fc.nat(),
    }),
    fc.record({ kind: fc.constant('delete' as const), seq }),
    fc.uniqueArray(seq, { minLength: 2, maxLength: 2 }).map(([a = 1, b = 2]) => ({ kind: 'swap' as const, a, b })),
    fc.record({ kind: fc.constant('move' as const), from: seq, to: seq }).filter((t) => t.from !== t.to),
    fc.record({ kind: fc.constant('insert-forged' as const), position }),
    fc.record({ kind: fc.constant('insert-copy' as const), position, copyOf: seq }),
    fc.record({ kind: fc.constant('truncate' as const), keep: fc.integer({ min: 0, max: n - 1 }) }),
    fc.constant({ kind: 'replace-head' as const }),
  );
}

/**
 * The log an auditor would be shown after `tamper`; `log` itself is never changed.
 *
 * @example
 * applyTamper(buildLog(50), { kind: 'delete', seq: 7 }).length; // 49
 */
export function applyTamper(log: readonly DecisionEntry[], t: Tamper): unknown[] {
  const entry = (seq: number) => log[seq - 1];
  switch (t.kind) {
    case 'edit':
    case 'rewrite+rehash':
      return log.map((e) => (e.seq === t.seq ? editField(e, t.field, t.pick, t.kind === 'rewrite+rehash') : e));
    case 'delete':
      return log.filter((e) => e.seq !== t.seq);
    case 'swap':
      return log.map((e) => (e.seq === t.a ? entry(t.b) : e.seq === t.b ? entry(t.a) : e));
    case 'move':
      return insertAt(
        log.filter((e) => e.seq !== t.from),
        t.to,
        entry(t.from),
      );
    case 'insert-forged':
      return insertAt(log, t.position, forgedAfter(log, t.position - 1));
    case 'insert-copy':
      return insertAt(log, t.position, entry(t.copyOf));
    case 'truncate':
      return log.slice(0, t.keep);
    case 'replace-head':
      return [...log.slice(0, -1), forgedAfter(log, log.length - 1)];
  }
}

function editField(entry: DecisionEntry, field: string, pick: number, rehash: boolean): DecisionEntry {
  const value = (entry as unknown as Record<string, unknown>)[field];
  const changed: DecisionEntry = { ...entry, [field]: mutate(value, pick) };
  return rehash ? { ...changed, hash: hashEntry(changed) } : changed;
}

/** A different value of the same broad kind; recurses into objects so nested fields get edited too. */
function mutate(value: unknown, pick: number): unknown {
  if (value === undefined) return 'tampered';
  if (value === null) return { issueKey: 'CSI-666', issueId: '666', projectKey: 'CSI' };
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  if (typeof value === 'string') return /^[0-9a-f]{64}$/.test(value) ? flipHexDigit(value) : `${value} (edited)`;
  if (Array.isArray(value)) return mutateList(value, pick);
  const record = value as Record<string, unknown>;
  const key = Object.keys(record).sort()[pick % (Object.keys(record).length + 1)];
  return key === undefined
    ? { ...record, tampered: true }
    : { ...record, [key]: mutate(record[key], Math.floor(pick / 7)) };
}

/** Grows or shrinks a list by one, so both an extra and a missing element get tried. */
const mutateList = (list: readonly unknown[], pick: number): unknown[] =>
  pick % 2 === 0 || list.length === 0 ? [...list, 'tampered'] : list.slice(0, -1);

const flipHexDigit = (hex: string) => (hex[0] === 'a' ? 'b' : 'a') + hex.slice(1);

const insertAt = (list: readonly unknown[], position: number, extra: unknown): unknown[] => [
  ...list.slice(0, position - 1),
  extra,
  ...list.slice(position - 1),
];

/** A self-consistent entry appended after `seq` (0 = at the start), as a forger with the code would make. */
function forgedAfter(log: readonly DecisionEntry[], seq: number): DecisionEntry {
  const before = log[seq - 1];
  return appendEntry(before ? { seq: before.seq, hash: before.hash } : null, buildDraft(seq + 7), 'intruder', 'forged');
}
