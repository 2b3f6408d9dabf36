import { initiativeRecordSchema, type InitiativeRecord } from '../initiative-record';
import type { InitiativesPort } from '../ports';
import { WriteRefusedError } from '../write-refusal';
import { Faults } from './faults';
import type { MemoryRequests } from './memory-requests';
import { assertFits, copy } from './stored-value';

type Mutate = Parameters<InitiativesPort['update']>[1];
type Create = Parameters<InitiativesPort['update']>[2];

/** What the ratings and pilots ports add to an initiative's write (one transaction in the real adapter). */
export interface AlsoWrite {
  /** False when the other record moved since it was read (the attempt is retried). */
  stillCurrent?: () => boolean;
  /** Throws when the other record cannot be stored (checked before anything is written). */
  validate?: () => void;
  commit: () => void;
}

const ATTEMPTS = 10;

/**
 * `InitiativesPort` in memory, with the real repository's contract (`updateInitiative`):
 * read-modify-write conditional on the revision read, re-run on contention; a missing record is
 * built by `create` (read only then) and stored at revision 1; `mutate` returning undefined writes
 * nothing (a record just built is then not stored); each write moves the revision by one; the
 * request key commits with the change, and a retried attempt that finds its key committed returns
 * what is stored without writing. Records are parsed on every read, as stored data is. A record over
 * the storage limit is refused before anything is written. `outbox` lists the issues whose score
 * changed (what the real write queues for projection in the same transaction).
 */
export class MemoryInitiatives implements InitiativesPort {
  private readonly records = new Map<string, string>();
  private readonly concurrent: Array<() => void | Promise<void>> = [];
  readonly outbox = new Set<string>();
  writes = 0;

  constructor(
    private readonly requests: MemoryRequests,
    private readonly faults: Faults = new Faults(),
  ) {}

  /** Stores a record as it is (seeding: no revision check, no request key). */
  put(record: InitiativeRecord): void {
    this.records.set(record.issueId, JSON.stringify(record));
  }

  /** The stored record, parsed (undefined when absent). */
  read(issueId: string): InitiativeRecord | undefined {
    const json = this.records.get(issueId);
    return json === undefined ? undefined : initiativeRecordSchema.parse(JSON.parse(json));
  }

  all(): InitiativeRecord[] {
    return [...this.records.keys()].map((id) => this.read(id) as InitiativeRecord);
  }

  /** Runs `write` once, between the next update's read and its commit, as a concurrent writer would. */
  meanwhile(write: () => void | Promise<void>): void {
    this.concurrent.push(write);
  }

  readonly get = (issueId: string): Promise<InitiativeRecord | undefined> => Promise.resolve(this.read(issueId));

  readonly update = async (
    issueId: string,
    mutate: Mutate,
    create?: Create,
    options: { requestKey?: string; alsoWrite?: () => AlsoWrite | undefined } = {},
  ): Promise<InitiativeRecord | undefined> => {
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const stored = this.read(issueId);
      const current = stored ?? (await create?.());
      if (!current) return undefined;
      if (attempt > 0 && options.requestKey && (await this.requests.seen(options.requestKey))) return current;
      const next = await mutate(copy(current));
      if (!next) return current.revision === 0 ? undefined : current;
      const saved = { ...next, revision: current.revision + 1 };
      const also = options.alsoWrite?.();
      await this.concurrent.shift()?.();
      if (this.read(issueId)?.revision !== stored?.revision || also?.stillCurrent?.() === false) continue;
      this.commit(saved, stored, options.requestKey, also);
      return this.read(issueId);
    }
    throw new WriteRefusedError('CONFLICT', `Others changed this initiative at the same moment (${issueId}).`);
  };

  private commit(saved: InitiativeRecord, before: InitiativeRecord | undefined, key?: string, also?: AlsoWrite): void {
    assertFits(saved, `Initiative ${saved.issueKey}`);
    const parsed = initiativeRecordSchema.parse(copy(saved));
    also?.validate?.();
    this.faults.beforeWrite('initiatives.update');
    this.records.set(saved.issueId, JSON.stringify(parsed));
    if (JSON.stringify(before?.computed) !== JSON.stringify(parsed.computed)) this.outbox.add(saved.issueId);
    also?.commit();
    this.requests.commit(key, { kind: 'write', what: `initiative ${saved.issueId}` });
    this.writes += 1;
    this.faults.afterWrite('initiatives.update');
  }
}
