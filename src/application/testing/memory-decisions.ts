import { appendEntry } from '../../domain/decision-log/append-entry';
import {
  GENESIS_HASH,
  type ChainHead,
  type DecisionDraft,
  type DecisionEntry,
} from '../../domain/decision-log/decision-entry';
import { indexOf, indexProblem, type EntryIndex } from '../../domain/decision-log/entry-index';
import type { UserRefRecord } from '../initiative-record';
import type { DecisionsPort } from '../ports';
import { Faults } from './faults';
import type { MemoryRequests } from './memory-requests';
import { copy } from './stored-value';

/** One stored entry: the hashed entry and the index attributes it is stored with (as the repository stores it). */
export interface StoredEntry {
  entry: DecisionEntry;
  index: EntryIndex;
}

/**
 * `DecisionsPort` in memory: entries chained with the domain's own `appendEntry` (seq = head + 1,
 * `prevHash` = the head's hash, the decider's name hashed in) and stored with the index attributes
 * `indexOf` derives, the head moving with each append; a request key commits with its entry, so
 * `byRequest` finds the entry (or 'other' for a key another port committed). `latestAbout` answers
 * the newest entry of a type about an issue whose stored attributes match its hashed content (like
 * the repository, it goes by the issue key). Entries are never edited by the port; `tamper` edits
 * one as an attacker with storage access would, for the readers' tests.
 */
export class MemoryDecisions implements DecisionsPort {
  readonly stored: StoredEntry[] = [];

  constructor(
    private readonly requests: MemoryRequests,
    private readonly faults: Faults = new Faults(),
  ) {}

  entries(): DecisionEntry[] {
    return this.stored.map((s) => copy(s.entry));
  }

  /** Replaces what is stored at `seq` (the hash is left as it was, so the entry no longer matches it). */
  tamper(seq: number, change: (entry: DecisionEntry) => DecisionEntry, index?: Partial<EntryIndex>): void {
    const at = this.stored.findIndex((s) => s.entry.seq === seq);
    const row = this.stored[at];
    if (!row) throw new Error(`No entry ${seq}`);
    this.stored[at] = { entry: change(copy(row.entry)), index: { ...row.index, ...index } };
  }

  readonly head = (): Promise<ChainHead> => Promise.resolve(this.headNow());

  readonly append = (
    draft: DecisionDraft,
    actor: UserRefRecord,
    at: string,
    options: { requestKey?: string } = {},
  ): Promise<DecisionEntry> => {
    const head = this.headNow();
    const entry = appendEntry(head.seq === 0 ? null : head, draft, actor.accountId, at, {
      actorName: actor.displayName,
    });
    this.faults.beforeWrite('decisions.append');
    this.stored.push({ entry: copy(entry), index: indexOf(entry) });
    this.requests.commit(options.requestKey, { kind: 'decision', seq: entry.seq });
    this.faults.afterWrite('decisions.append');
    return Promise.resolve(entry);
  };

  readonly byRequest = (requestKey: string): Promise<DecisionEntry | 'other' | undefined> => {
    const effect = this.requests.effectOf(requestKey);
    if (effect === undefined) return Promise.resolve(undefined);
    if (effect.kind !== 'decision') return Promise.resolve('other');
    const row = this.stored.find((s) => s.entry.seq === effect.seq);
    return Promise.resolve(row && intact(row) ? copy(row.entry) : 'other');
  };

  readonly latestAbout = (_projectKey: string, issueKey: string, type: string): Promise<DecisionEntry | undefined> => {
    const found = [...this.stored]
      .reverse()
      .find((s) => s.index.issueKey === issueKey && s.index.type === type && intact(s));
    return Promise.resolve(found ? copy(found.entry) : undefined);
  };

  /** Whether the log records configuration `version` (the programme's `requests.recorded`). */
  recordsConfigVersion(version: number): boolean {
    return this.stored.some(
      (s) =>
        intact(s) &&
        s.entry.type === 'scoring-config-changed' &&
        (s.entry.payload as { toVersion?: number }).toVersion === version,
    );
  }

  private headNow(): ChainHead {
    const last = this.stored[this.stored.length - 1];
    return last ? { seq: last.entry.seq, hash: last.entry.hash } : { seq: 0, hash: GENESIS_HASH };
  }
}

/** Whether a stored row matches its hash and its attributes its hashed content (as the repository checks). */
const intact = (row: StoredEntry): boolean => indexProblem(row.entry, row.index) === null;
