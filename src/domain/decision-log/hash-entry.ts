import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { DecisionEntry, UnsignedDecisionEntry } from './decision-entry';

/**
 * `SHA-256(canonicalJson(entry without "hash"))` as 64 lower-case hex digits. The canonical JSON includes
 * `prevHash`, which chains every entry to the one before it. A `hash` property on the argument is
 * ignored, so a stored entry can be passed as is to recompute its hash. Throws a `TypeError` (from
 * `canonicalJson`) if the entry holds a value JSON cannot carry.
 *
 * @example
 * hashEntry(entry) === entry.hash; // true for an untouched entry
 */
export function hashEntry(entry: UnsignedDecisionEntry | DecisionEntry): string {
  const { hash: _ignored, ...body } = entry as UnsignedDecisionEntry & { hash?: unknown };
  return createHash('sha256').update(canonicalJson(body), 'utf8').digest('hex');
}
