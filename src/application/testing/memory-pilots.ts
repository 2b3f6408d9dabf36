import type { InitiativeRecord } from '../initiative-record';
import { emptyPilot, pilotRecordSchema, type PilotRecord } from '../pilot/pilot-record';
import type { PilotsPort } from '../ports';
import { WriteRefusedError } from '../write-refusal';
import type { MemoryInitiatives } from './memory-initiatives';
import type { MemoryRequests } from './memory-requests';
import { assertFits, copy } from './stored-value';

type Mutate = Parameters<PilotsPort['update']>[2];
type Change = Parameters<PilotsPort['updateWithInitiative']>[1];

/**
 * `PilotsPort` in memory, with the real repository's contract: `update` changes the pilot alone
 * (a missing one starts empty; undefined from `mutate` writes nothing; a committed request key
 * answers what is stored and writes nothing); `updateWithInitiative` changes both in one step
 * through the initiatives port (the initiative must exist); each write moves the revision by one.
 */
export class MemoryPilots implements PilotsPort {
  private readonly pilots = new Map<string, string>();

  constructor(
    private readonly initiatives: MemoryInitiatives,
    private readonly requests: MemoryRequests,
  ) {}

  put(pilot: PilotRecord): void {
    this.pilots.set(pilot.issueId, JSON.stringify(pilot));
  }

  read(issueId: string): PilotRecord | undefined {
    const json = this.pilots.get(issueId);
    return json === undefined ? undefined : pilotRecordSchema.parse(JSON.parse(json));
  }

  all(): PilotRecord[] {
    return [...this.pilots.keys()].map((id) => this.read(id) as PilotRecord);
  }

  readonly get = (issueId: string): Promise<PilotRecord | undefined> => Promise.resolve(this.read(issueId));

  readonly readWithInitiative = (
    issueId: string,
  ): Promise<{ record: InitiativeRecord | undefined; pilot: PilotRecord | undefined }> =>
    Promise.resolve({ record: this.initiatives.read(issueId), pilot: this.read(issueId) });

  readonly update = async (
    issueId: string,
    projectKey: string,
    mutate: Mutate,
    options: { requestKey?: string } = {},
  ): Promise<PilotRecord> => {
    if (options.requestKey && (await this.requests.seen(options.requestKey))) {
      return this.read(issueId) ?? emptyPilot(issueId, projectKey);
    }
    const current = this.read(issueId) ?? emptyPilot(issueId, projectKey);
    const next = await mutate(copy(current));
    if (!next) return current;
    const after = { ...next, revision: current.revision + 1 };
    this.store(after);
    this.requests.commit(options.requestKey, { kind: 'write', what: `pilot ${issueId}` });
    return this.read(issueId) as PilotRecord;
  };

  readonly updateWithInitiative = async (
    issueId: string,
    change: Change,
    options: { requestKey?: string } = {},
  ): Promise<{ record: InitiativeRecord | undefined; pilot: PilotRecord | undefined }> => {
    let before: PilotRecord | undefined;
    let wrote: PilotRecord | undefined;
    const record = await this.initiatives.update(
      issueId,
      async (current) => {
        before = this.read(issueId);
        const pilot = before ?? emptyPilot(issueId, current.projectKey);
        const next = await change(current, copy(pilot));
        wrote = next ? { ...next.pilot, revision: pilot.revision + 1 } : undefined;
        return next?.record;
      },
      undefined,
      {
        ...(options.requestKey ? { requestKey: options.requestKey } : {}),
        alsoWrite: () => {
          const revision = before?.revision;
          return {
            stillCurrent: () => this.read(issueId)?.revision === revision,
            validate: () => wrote && storable(wrote),
            commit: () => wrote && this.store(wrote),
          };
        },
      },
    );
    return { record, pilot: wrote ?? before };
  };

  private store(pilot: PilotRecord): void {
    this.put(storable(pilot));
  }
}

/** The pilot as it would be stored, or the refusal the real repository throws before writing. */
function storable(pilot: PilotRecord): PilotRecord {
  assertFits(pilot, "This initiative's pilot");
  if (pilot.revision < 1) throw new WriteRefusedError('CONFLICT', 'A pilot is stored from revision 1');
  return pilotRecordSchema.parse(copy(pilot));
}
