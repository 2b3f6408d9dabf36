import { CONFIG_WIDE_PARTITION, type DecisionEntry } from './decision-entry';
import { hashEntry } from './hash-entry';

/** The attributes an entry is stored with beside its hashed `entry`, duplicated for the indexes. */
export interface EntryIndex {
  seq?: unknown;
  projectKey?: unknown;
  issueKey?: unknown;
  type?: unknown;
  at?: unknown;
  text?: unknown;
  actorName?: unknown;
}

/** The lower-cased text the search filter matches (issue key, summary, rationale), at most 1,000 characters. */
export function searchText(entry: Pick<DecisionEntry, 'subject' | 'summary' | 'rationale'>): string {
  return `${entry.subject?.issueKey ?? ''} ${entry.summary} ${entry.rationale}`.toLowerCase().slice(0, 1000);
}

/** The index attributes an entry must be stored with, derived from its hashed content only. */
export function indexOf(
  entry: DecisionEntry,
): Required<Pick<EntryIndex, 'seq' | 'projectKey' | 'type' | 'at'>> & EntryIndex {
  const issueKey = entry.subject?.issueKey;
  return {
    seq: entry.seq,
    projectKey: entry.subject?.projectKey || CONFIG_WIDE_PARTITION,
    ...(issueKey ? { issueKey } : {}),
    type: entry.type,
    at: entry.at,
    text: searchText(entry),
    ...(entry.actorName ? { actorName: entry.actorName } : {}),
  };
}

/**
 * Why a stored entry cannot be shown or trusted, or null: its content must match its own hash, and
 * every index attribute must be what its hashed content implies. Attributes are only used to find
 * entries: one that disagrees (a forged decider, an entry moved to another project's partition, a
 * seq that puts it elsewhere in the order) is reported, never shown with the forged value.
 *
 * @example
 * indexProblem(entry, { ...indexOf(entry), projectKey: 'OPS' }); // 'Entry 7 is indexed under project OPS …'
 */
export function indexProblem(entry: unknown, index: EntryIndex): string | null {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return 'The stored entry is not an object';
  const e = entry as DecisionEntry;
  let hash: string | null;
  try {
    hash = hashEntry(e);
  } catch {
    hash = null;
  }
  if (hash === null || hash !== e.hash) return `Entry ${String(e.seq)} does not match its hash`;
  let expected: EntryIndex;
  try {
    expected = indexOf(e);
  } catch {
    return `Entry ${String(e.seq)} is not a well-formed log entry`;
  }
  for (const name of ['seq', 'projectKey', 'issueKey', 'type', 'at', 'text', 'actorName'] as const) {
    // Older entries have no hashed actorName: their attribute is never shown, so it is not compared.
    if (name === 'actorName' && expected.actorName === undefined) continue;
    if (index[name] !== expected[name]) {
      return `Entry ${String(e.seq)} is stored with a ${name} that its hashed content does not have`;
    }
  }
  return null;
}
