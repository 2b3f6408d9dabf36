import { kvs } from '@forge/kvs';
import * as z from 'zod';
import { initiativeRecordSchema, isActive, type InitiativeRecord } from '../../application/initiative-record';
import { withoutBlankStrings } from './entity-attributes';
import { ENTITIES } from './keys';

/** The indexed attributes of an initiative, beside the full record in `data` (manifest: `initiative`). */
export interface InitiativeEntity {
  issueId: string;
  projectKey: string;
  /** -1 when there is no score yet, so unscored initiatives sort last. */
  score: number;
  initiativeClass: string;
  complete: boolean;
  needsAlignment: boolean;
  mvi: string;
  status: string;
  active: boolean;
  /** Active with a pause / terminate criterion that fired and waits for a decision (issue 10 item 4). */
  triggered: boolean;
  revision: number;
  data: unknown;
}

export const initiativeEntity = () => kvs.entity<InitiativeEntity>(ENTITIES.initiative);

/** The stored attributes of a record; blank strings are left out (the platform refuses them). */
export function toEntity(record: InitiativeRecord): InitiativeEntity {
  return withoutBlankStrings({
    issueId: record.issueId,
    projectKey: record.projectKey,
    score: record.computed.score ?? -1,
    initiativeClass: record.computed.initiativeClass,
    complete: record.computed.complete,
    needsAlignment: record.computed.needsAlignment,
    mvi: record.computed.mvi.status,
    status: record.status,
    active: isActive(record),
    triggered: isActive(record) && record.triggers.some((t) => t.answeredSeq === null),
    revision: record.revision,
    data: record,
  });
}

const stored = z.object({ data: z.unknown() });

export function fromEntity(value: unknown): InitiativeRecord {
  return initiativeRecordSchema.parse(stored.parse(value).data);
}
