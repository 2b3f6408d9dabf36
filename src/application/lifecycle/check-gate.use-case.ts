import { checkGate, type GateAnswer } from '../../domain/lifecycle/check-gate';
import type { InitiativeRecord } from '../initiative-record';

/**
 * The workflow validator's question for a stored initiative: may it move to `targetStatus`? The rule
 * is the domain's {@link checkGate}; this maps the stored record onto the facts it needs.
 */
export function gateForRecord(record: InitiativeRecord | undefined, targetStatus: string): GateAnswer {
  return checkGate(
    record && {
      rejectionSeq: record.rejection ? record.rejection.seq : null,
      complete: record.computed.complete,
      missingCriteria: record.computed.missing,
      mvi: record.computed.mvi,
    },
    targetStatus,
  );
}
